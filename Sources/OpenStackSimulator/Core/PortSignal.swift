import Synchronization

/// Hands the bound port (or the failure to bind) from the server task to `start()`, exactly once.
final class PortSignal: Sendable {
    private struct Slot {
        var result: Result<Int, SimulatorError>?
        var waiter: CheckedContinuation<Int, any Error>?
    }

    private let slot = Mutex(Slot())

    func resolve(_ result: Result<Int, SimulatorError>) {
        let waiter: CheckedContinuation<Int, any Error>? = slot.withLock { slot in
            guard slot.result == nil else { return nil }
            slot.result = result
            defer { slot.waiter = nil }
            return slot.waiter
        }
        waiter?.resume(with: result.mapError { $0 })
    }

    func value() async throws(SimulatorError) -> Int {
        do {
            return try await withCheckedThrowingContinuation { continuation in
                let ready: Result<Int, SimulatorError>? = slot.withLock { slot in
                    if let result = slot.result { return result }
                    slot.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(with: ready.mapError { $0 }) }
            }
        } catch let error as SimulatorError {
            throw error
        } catch {
            throw .cannotListen(port: 0, reason: "\(error)")
        }
    }
}
