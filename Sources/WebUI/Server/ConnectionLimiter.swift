import NIOCore
import Synchronization

/// Counts open connections per client address and closes one that would take its address past
/// ``ServingLimits/maximumConnectionsPerClient``, so one client holding connections open cannot
/// take the file descriptors everyone else needs.
final class ConnectionLimiter: Sendable {
    let maximumPerClient: Int
    /// Load balancers, whose connections carry many clients and count toward no one's limit.
    let exempt: TrustedProxies
    private let open = Mutex<[String: Int]>([:])

    init(maximumPerClient: Int, exempt: TrustedProxies = TrustedProxies(networks: [])) {
        self.maximumPerClient = max(1, maximumPerClient)
        self.exempt = exempt
    }

    /// Counts a connection from `client`; `false` (and nothing counted) when it has its maximum.
    func opened(_ client: String) -> Bool {
        open.withLock { open in
            let count = open[client, default: 0]
            guard count < maximumPerClient else { return false }
            open[client] = count + 1
            return true
        }
    }

    /// Uncounts a connection that ``opened(_:)`` counted.
    func closed(_ client: String) {
        open.withLock { open in
            let count = open[client, default: 0] - 1
            open[client] = count > 0 ? count : nil
        }
    }

    /// Open connections from `client` now.
    func count(_ client: String) -> Int { open.withLock { $0[client, default: 0] } }

    /// A handler for one new connection's pipeline.
    func handler() -> ConnectionLimitHandler { ConnectionLimitHandler(limiter: self) }
}

/// Sits in each connection's pipeline: counts the connection when it is added and uncounts it
/// when the connection goes, or closes it at once when its address is over the limit.
final class ConnectionLimitHandler: ChannelInboundHandler, RemovableChannelHandler {
    // NIO needs a handler to be inbound or outbound; this one never unwraps a read (the default
    // `channelRead` passes each on unchanged), so its inbound type is left open.
    typealias InboundIn = NIOAny
    private let limiter: ConnectionLimiter
    private var counted: String?

    init(limiter: ConnectionLimiter) {
        self.limiter = limiter
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard !limiter.exempt.contains(context.channel.remoteAddress) else { return }
        let client = ClientAddress.key(for: context.channel.remoteAddress)
        if limiter.opened(client) {
            counted = client
        } else {
            context.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        if let counted { limiter.closed(counted) }
        counted = nil
    }
}

@available(*, unavailable)
extension ConnectionLimitHandler: Sendable {}
