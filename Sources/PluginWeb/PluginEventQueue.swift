import Synchronization

/// Host events sent from request handlers without waiting for the plugins: each send returns at
/// once, and the events reach the plugins one after another, in the order they were sent.
final class PluginEventQueue: Sendable {
    private let last = Mutex<Task<Void, Never>?>(nil)

    /// Runs `delivery` after every delivery sent before it.
    func send(_ delivery: @escaping @Sendable () async -> Void) {
        last.withLock { last in
            let previous = last
            last = Task {
                await previous?.value
                await delivery()
            }
        }
    }

    /// Waits until everything sent so far was delivered.
    func settle() async {
        await last.withLock { $0 }?.value
    }
}
