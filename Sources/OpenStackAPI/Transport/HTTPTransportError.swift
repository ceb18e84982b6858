/// Why a transport got no usable HTTP response.
///
/// Thrown by ``HTTPTransport/send(_:)``; the clients wrap it in ``OpenStackError/transport(_:)``
/// together with the service and the operation.
public struct HTTPTransportError: Error, Sendable, Hashable {
    /// The kinds of failure a person can act on differently.
    public enum Kind: Sendable, Hashable {
        /// No connection within the connect timeout.
        case connectTimeout
        /// Connected, but the response did not arrive within the read timeout or deadline.
        case readTimeout
        /// Nothing listens on the host and port.
        case connectionRefused
        /// The host name could not be resolved.
        case hostNotFound
        /// The server closed the connection before a response began.
        case connectionClosed
        /// The server (or something in between) reset the connection.
        case connectionReset
        /// The response began but ended before its body was complete.
        case truncatedBody
        /// What came back is not HTTP (a garbled status line or headers).
        case invalidResponse
        /// The request was redirected to an address it had already been redirected from.
        case redirectLoop
        /// The request was redirected more times than the transport follows.
        case tooManyRedirects(limit: Int)
        /// TLS failed (certificate, handshake).
        case tls
        /// The CA certificate file configured for the cloud (`cacert`) could not be read as PEM.
        case caCertificateUnreadable(path: String)
        /// The response body was larger than the transport accepts, in bytes.
        case responseTooLarge(limit: Int)
        /// Anything else. The text is the underlying library's description, for the debug log
        /// only: messages never show it (it names library types, not the cloud's problem).
        case other(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The host the request went to.
    public var host: String
    /// The port the request went to.
    public var port: Int

    /// Creates a transport error.
    public init(kind: Kind, host: String, port: Int) {
        self.kind = kind
        self.host = host
        self.port = port
    }
}
