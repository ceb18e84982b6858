import Synchronization

/// Tells waits inside requests (latency, `delay` and `hang` faults) that the server is stopping,
/// so a graceful shutdown does not wait for them.
final class ShutdownSignal: Sendable {
    private struct Waiters {
        var triggered = false
        var next = 0
        var continuations: [Int: CheckedContinuation<Void, Never>] = [:]
    }

    private let waiters = Mutex(Waiters())

    var isTriggered: Bool { waiters.withLock { $0.triggered } }

    /// Wakes every waiter, now and from now on.
    func trigger() {
        let woken = waiters.withLock { state in
            state.triggered = true
            defer { state.continuations = [:] }
            return Array(state.continuations.values)
        }
        for continuation in woken { continuation.resume() }
    }

    /// Sleeps for `duration`, or less if the server stops or the task is cancelled meanwhile.
    /// Returns whether the whole duration passed.
    func sleep(for duration: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { (try? await Task.sleep(for: duration)) != nil }
            group.addTask {
                await self.wait()
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    /// Returns once ``trigger()`` has been called, or when the task is cancelled.
    private func wait() async {
        let id = waiters.withLock { state in
            defer { state.next += 1 }
            return state.next
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = waiters.withLock { state in
                    if state.triggered || Task.isCancelled { return true }
                    state.continuations[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let continuation = waiters.withLock { $0.continuations.removeValue(forKey: id) }
            continuation?.resume()
        }
    }
}
