import Localization
import Synchronization

/// Values worked out from a key, the few most recently used kept: the dashboard's body, layout and
/// usage bars are asked for on every request and change far less often.
///
/// Keys are compared by value, so a kept value is only ever handed to a request that would have
/// worked out the same one. A key is hashed once, outside the lock.
final class RecentlyUsedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Hashed: Hashable, Sendable {
        let key: Key
        let hash: Int

        init(_ key: Key) {
            self.key = key
            hash = key.hashValue
        }

        static func == (lhs: Hashed, rhs: Hashed) -> Bool { lhs.hash == rhs.hash && lhs.key == rhs.key }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private struct Entry: Sendable {
        var value: Value
        var lastUse: Int
    }

    private struct State: Sendable {
        var entries: [Hashed: Entry] = [:]
        var uses = 0
        var misses = 0
    }

    /// How many values are kept.
    let limit: Int
    private let state = Mutex(State())

    init(limit: Int = 8) {
        self.limit = max(1, limit)
    }

    /// How many values were worked out rather than reused.
    var misses: Int { state.withLock { $0.misses } }

    /// The value for `key`: the kept one, else `make`'s, kept in place of the least recently used
    /// when the cache is full.
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        let hashed = Hashed(key)
        let kept = state.withLock { state -> Value? in
            guard var entry = state.entries[hashed] else { return nil }
            state.uses += 1
            entry.lastUse = state.uses
            state.entries[hashed] = entry
            return entry.value
        }
        if let kept { return kept }
        let value = try make()
        state.withLock { state in
            state.uses += 1
            state.misses += 1
            if state.entries[hashed] == nil, state.entries.count >= limit,
                let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
            {
                state.entries[oldest] = nil
            }
            state.entries[hashed] = Entry(value: value, lastUse: state.uses)
        }
        return value
    }
}

/// What a page body rendered from `page` by a localizer with identity `localizer` depends on.
struct RenderedBodyKey<Page: Hashable & Sendable>: Hashable, Sendable {
    var template: String
    var page: Page
    var localizer: LocalizerIdentity
}

/// Page bodies by template, page and localizer (see ``TemplateRenderer/render(body:page:chrome:localizer:cache:)``).
typealias RenderedBodyCache<Page: Hashable & Sendable> = RecentlyUsedCache<RenderedBodyKey<Page>, String>
