import PluginModel
import Synchronization

/// Provider listings read in the last few seconds, by plugin and provider: the dashboard, the
/// instance list and the clouds page asked for at once by many browsers call each provider's
/// `list_instances` once per ``lifetime``, and callers arriving while a listing is under way
/// share it instead of queueing on the plugin.
final class ProviderListingCache: Sendable {
    struct Key: Hashable, Sendable {
        var plugin: String
        var provider: String
    }

    private struct Entry: Sendable {
        var listing: Task<[ProviderInstance], any Error>
        var started: ContinuousClock.Instant
    }

    /// How long a listing is reused.
    let lifetime: Duration
    private let entries = Mutex<[Key: Entry]>([:])

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// The listing for `key` started less than ``lifetime`` ago, else a new one from `load`.
    func listing(for key: Key, load: @escaping @Sendable () async throws -> [ProviderInstance]) async throws -> [ProviderInstance] {
        let listing = entries.withLock { entries in
            if let entry = entries[key], ContinuousClock.now - entry.started < lifetime { return entry.listing }
            let listing = Task { try await load() }
            entries[key] = Entry(listing: listing, started: .now)
            return listing
        }
        return try await listing.value
    }

    /// Forgets the listing for `key` (after a change on that provider).
    func remove(_ key: Key) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }

    /// Forgets every listing.
    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
