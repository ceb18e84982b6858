import PluginModel
import Synchronization

/// Dashboard cards rendered in the last moment, by plugin, card and locale: a dashboard asked for
/// by many browsers at once renders each card once per ``lifetime``, not once per request.
final class RenderedCardCache: Sendable {
    struct Key: Hashable, Sendable {
        var plugin: String
        var id: String
        var locale: String?
    }

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
        entries.withLock { $0[key] = Entry(node: node, rendered: .now) }
    }

    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
