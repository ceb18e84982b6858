public import Hummingbird
public import NIOCore

/// The per-request state the web UI's routes share: the browser session and, for a form post
/// that passed the CSRF check, its fields.
public struct WebRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The address the request came from, when the connection has one.
    public let remoteAddress: SocketAddress?
    /// The browser's session; set by the session middleware before any route runs (except for
    /// our own static files, which need none).
    var session: BrowserSession?
    /// Whether ``session`` is provisional: nothing of it is kept after this request.
    var sessionIsProvisional = false
    /// The fields of a form post, already checked for a valid CSRF token.
    var form = FormFields()
    /// The files of a multipart form post, spooled to temporary files that last as long as the request.
    var uploads: [UploadedFile] = []

    /// Creates the context for a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client a trusted proxy forwarded this request for (see ``TrustedProxies``), when it did.
    var forwardedClient: SocketAddress?

    /// The key this client's limits are counted under (see ``ClientAddress``): the forwarded
    /// client's, else the connection's peer's.
    var clientKey: String { ClientAddress.key(for: forwardedClient ?? remoteAddress) }
}
