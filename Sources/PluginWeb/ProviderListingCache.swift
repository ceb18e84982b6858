import ExosphereCore
import Synchronization

/// Provider listings read in the last few seconds, by plugin and provider, so the dashboard, the
/// instance list and the clouds page asked for at once by many browsers call each provider's
/// `list_instances` about once per ``lifetime``:
///
/// - a listing younger than ``lifetime`` is answered at once;
/// - an older one is answered at once too while a new listing runs in the background;
/// - callers arriving while the first listing runs share it, and once it has run longer than
///   ``lifetime`` they are told so at once instead of waiting on it again.
final class ProviderListingCache: Sendable {
    struct Key: Hashable, Sendable {
        var plugin: String
        var provider: String
    }

    private struct Entry: Sendable {
        /// The listing under way, and when it started.
        var running: (task: Task<[ProviderInstance], any Error>, started: ContinuousClock.Instant)?
        /// The last listing that finished, and when.
        var finished: (result: Result<[ProviderInstance], any Error>, at: ContinuousClock.Instant)?
    }

    private enum Answer {
        case now(Result<[ProviderInstance], any Error>)
        case wait(Task<[ProviderInstance], any Error>)
    }

    /// How long a listing is reused (`.zero`: never, every caller lists anew).
    let lifetime: Duration
    private let entries = Mutex<[Key: Entry]>([:])

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// The listing for `key`, from `load` when there is none to reuse; `name` is the provider's
    /// name for ``ProviderListingError``.
    func listing(
        for key: Key, name: String, load: @escaping @Sendable () async throws -> [ProviderInstance]
    ) async throws -> [ProviderInstance] {
        guard lifetime > .zero else { return try await load() }
        let now = ContinuousClock.now
        let answer = entries.withLock { entries -> Answer in
            var entry = entries[key] ?? Entry()
            defer { entries[key] = entry }
            if let finished = entry.finished {
                if now - finished.at >= lifetime, entry.running == nil {
                    entry.running = (start(key, started: now, load), now)
                }
                return .now(finished.result)
            }
            if let running = entry.running {
                guard now - running.started < lifetime else {
                    let seconds = Int((now - running.started).components.seconds)
                    return .now(.failure(ProviderListingError.stillRunning(provider: name, seconds: seconds)))
                }
                return .wait(running.task)
            }
            let task = start(key, started: now, load)
            entry.running = (task, now)
            return .wait(task)
        }
        switch answer {
        case .now(let result): return try result.get()
        case .wait(let task): return try await task.value
        }
    }

    /// The last finished listing for `key`, at once and without waiting (starting a new listing
    /// in the background when it is older than ``lifetime``, as ``listing(for:name:load:)`` does);
    /// `nil` when none has finished yet, so the caller waits through `listing`.
    func finished(for key: Key, load: @escaping @Sendable () async throws -> [ProviderInstance]) -> Result<[ProviderInstance], any Error>? {
        guard lifetime > .zero else { return nil }
        let now = ContinuousClock.now
        return entries.withLock { entries -> Result<[ProviderInstance], any Error>? in
            guard var entry = entries[key], let finished = entry.finished else { return nil }
            if now - finished.at >= lifetime, entry.running == nil {
                entry.running = (start(key, started: now, load), now)
                entries[key] = entry
            }
            return finished.result
        }
    }

    /// Forgets the listing for `key` (after a change on that provider): the next caller waits
    /// for a new one.
    func remove(_ key: Key) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }

    /// Forgets every listing.
    func removeAll() {
        entries.withLock { $0.removeAll() }
    }

    /// A listing that records its result when it finishes.
    private func start(
        _ key: Key, started: ContinuousClock.Instant, _ load: @escaping @Sendable () async throws -> [ProviderInstance]
    ) -> Task<[ProviderInstance], any Error> {
        Task {
            let result = await Result(awaiting: load)
            finish(key, started: started, result)
            return try result.get()
        }
    }

    private func finish(_ key: Key, started: ContinuousClock.Instant, _ result: Result<[ProviderInstance], any Error>) {
        entries.withLock { entries in
            // Only the listing the entry waits for: a change may have forgotten it meanwhile, and
            // its result may predate the change.
            guard let entry = entries[key], entry.running?.started == started else { return }
            entries[key] = Entry(running: nil, finished: (result, .now))
        }
    }
}
