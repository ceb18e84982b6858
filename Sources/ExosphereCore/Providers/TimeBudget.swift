import Synchronization

/// Work raced against a time budget, so one slow provider or plugin costs a page or a command at
/// most the budget: what it gave in time, or `nil` when it ran out.
public enum TimeBudget {
    /// The result of `work`, or `nil` when it did not finish within `budget`; the work is left to
    /// finish on its own (a plugin call cannot be interrupted midway, its own limits stop it).
    public static func run<Value: Sendable>(
        within budget: Duration, _ work: @escaping @Sendable () async throws -> Value
    ) async -> Result<Value, any Error>? {
        let race = Race<Result<Value, any Error>?>()
        return await withCheckedContinuation { continuation in
            race.arm(continuation)
            let timer = Task {
                guard (try? await Task.sleep(for: budget)) != nil else { return }
                race.finish(nil)
            }
            Task {
                race.finish(await Result(awaiting: work))
                timer.cancel()
            }
        }
    }

    /// What `work` gave for each of `items`, in order: the items `ready` has an outcome for are
    /// answered at once (no task, no timer), the others are worked on concurrently, each within
    /// `budget` (`nil`: it did not finish in time) or for as long as it takes when `budget` is `nil`.
    public static func outcomes<Item: Sendable, Value: Sendable>(
        of items: [Item], budget: Duration?, ready: (Item) -> Result<Value, any Error>?,
        _ work: @escaping @Sendable (Item) async throws -> Value
    ) async -> [Result<Value, any Error>?] {
        var outcomes: [Result<Value, any Error>?] = Array(repeating: nil, count: items.count)
        var pending: [(Int, Item)] = []
        for (index, item) in items.enumerated() {
            if let outcome = ready(item) { outcomes[index] = outcome } else { pending.append((index, item)) }
        }
        guard !pending.isEmpty else { return outcomes }
        await withTaskGroup(of: (Int, Result<Value, any Error>?).self) { group in
            for (index, item) in pending {
                group.addTask {
                    guard let budget else { return (index, await Result { try await work(item) }) }
                    return (index, await run(within: budget) { try await work(item) })
                }
            }
            for await (index, outcome) in group { outcomes[index] = outcome }
        }
        return outcomes
    }
}

/// A continuation resumed by whichever side finishes first.
private final class Race<Value: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<Value, Never>?>(nil)

    func arm(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation.withLock { $0 = continuation }
    }

    func finish(_ value: Value) {
        let waiting = continuation.withLock { current in
            defer { current = nil }
            return current
        }
        waiting?.resume(returning: value)
    }
}
