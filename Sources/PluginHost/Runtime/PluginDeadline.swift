import Synchronization

/// Waiting for a plugin without being held by it.
enum PluginDeadline {
    /// Extra time allowed past a plugin's own limits before the host stops waiting for it.
    static let grace: Duration = .seconds(2)

    /// `body`'s value, or `nil` when it takes longer than `limit`.
    ///
    /// Unlike a task group, which waits for every child before it returns, this returns at the
    /// deadline even when `body` cannot be cancelled (a plugin stuck in C on its own queue); `body`
    /// is left to finish in the background.
    static func value<T: Sendable>(within limit: Duration, _ body: @escaping @Sendable () async -> T) async -> T? {
        let answered = Mutex(false)
        return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let answer: @Sendable (T?) -> Void = { value in
                let first = answered.withLock { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(returning: value) }
            }
            let work = Task { answer(await body()) }
            Task {
                try? await Task.sleep(for: limit)
                answer(nil)
                work.cancel()
            }
        }
    }
}
