/// Why a transport got no usable HTTP response.
///
/// Thrown by ``HTTPTransport/send(_:)``. OpenStack's clients wrap it in `OpenStackError` with the
/// service and the operation, for a translated message; a plugin reads ``description``.
public struct HTTPTransportError: Error, Sendable, Hashable, CustomStringConvertible {
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

extension HTTPTransportError {
    /// What happened, in a short English phrase that names the host (for plugins and logs).
    public var description: String {
        let address = "\(host):\(port)"
        switch kind {
        case .connectTimeout: return "could not connect to \(address) in time"
        case .readTimeout: return "\(address) did not answer in time"
        case .connectionRefused: return "\(address) refused the connection (nothing is listening there)"
        case .hostNotFound: return "the host name \(host) could not be found"
        case .connectionClosed: return "\(address) closed the connection before answering"
        case .connectionReset: return "\(address) reset the connection"
        case .truncatedBody: return "\(address) broke off its answer before the end"
        case .invalidResponse: return "\(address) answered with something that is not valid HTTP"
        case .redirectLoop: return "\(address) redirected the request back to an address it had already been sent to"
        case .tooManyRedirects(let limit): return "\(address) redirected the request more than \(limit) times"
        case .tls: return "the secure (TLS) connection to \(address) failed"
        case .caCertificateUnreadable(let path): return "the CA certificate file \(path) could not be read as PEM certificates"
        case .responseTooLarge(let limit): return "\(address) sent more than \(limit) bytes"
        case .other: return "\(address) could not be reached because of an unexpected network error"
        }
    }
}
