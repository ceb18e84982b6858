import Synchronization

/// Whether the server is draining: asked to stop, it tells load balancers it is not ready (so
/// they send new requests elsewhere) while it still answers what arrives.
final class DrainState: Sendable {
    private let draining = Atomic<Bool>(false)

    var isDraining: Bool { draining.load(ordering: .acquiring) }

    func begin() { draining.store(true, ordering: .releasing) }
}
