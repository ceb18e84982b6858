import PluginModel
import Synchronization

/// Dashboard cards rendered in the last moment, by plugin, card, locale and viewer: a dashboard
/// asked for by many browsers at once renders each card once per ``lifetime`` (per viewer when
/// the card was told who views it), not once per request. At most ``maximumEntries`` are kept.
final class RenderedCardCache: Sendable {
    struct Key: Hashable, Sendable {
        var plugin: String
        var id: String
        var locale: String?
        /// The viewer's anonymous id, when the card was rendered for one viewer.
        var viewer: String?
    }

    /// The most cards kept: past it, expired ones go, and if none has expired, all of them.
    static let maximumEntries = 4_096

    private struct Entry: Sendable {
        var node: ViewNode
        var rendered: ContinuousClock.Instant
    }

    /// How long a rendered card is reused.
    let lifetime: Duration
    private let entries = Mutex<[Key: Entry]>([:])

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// How many cards are kept now.
    var count: Int { entries.withLock { $0.count } }

    /// The card rendered for `key` less than ``lifetime`` ago.
    func node(for key: Key) -> ViewNode? {
        guard lifetime > .zero else { return nil }
        return entries.withLock { entries in
            guard let entry = entries[key], ContinuousClock.now - entry.rendered < lifetime else { return nil }
            return entry.node
        }
    }

    func store(_ node: ViewNode, for key: Key) {
        guard lifetime > .zero else { return }
        let now = ContinuousClock.now
        entries.withLock { entries in
            if entries.count >= Self.maximumEntries, entries[key] == nil {
                entries = entries.filter { now - $0.value.rendered < lifetime }
                if entries.count >= Self.maximumEntries { entries.removeAll() }
            }
            entries[key] = Entry(node: node, rendered: now)
        }
    }

    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
