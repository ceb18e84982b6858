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

    /// Sleeps until `deadline`, or less if the server stops or the task is cancelled meanwhile.
    /// Returns whether the deadline was reached; one already past returns at once, without
    /// suspending: `true`, unless the server is stopping.
    ///
    /// The end is an instant rather than a duration because the sleeping child task may start
    /// late: while other requests keep the cooperative threads busy, a duration counted from
    /// the child's start would add that wait to every answer (ten concurrent listings each left
    /// 20 ms after the last of them was made, instead of 20 ms after their own).
    func sleep(until deadline: ContinuousClock.Instant) async -> Bool {
        if deadline <= .now { return !isTriggered && !Task.isCancelled }
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask { (try? await Task.sleep(until: deadline, clock: .continuous)) != nil }
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
