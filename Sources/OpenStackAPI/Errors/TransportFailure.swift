import Localization
public import OutboundHTTP

/// A request that got no usable HTTP response, with the service and address it was meant for.
public struct TransportFailure: Sendable, Hashable {
    /// The service called.
    public var service: ServiceType
    /// The HTTP method of the request.
    public var method: TransportRequest.Method
    /// The URL path of the request.
    public var path: String
    /// What went wrong, and where.
    public var error: HTTPTransportError

    /// Creates a failure record.
    public init(service: ServiceType, method: TransportRequest.Method, path: String, error: HTTPTransportError) {
        self.service = service
        self.method = method
        self.path = path
        self.error = error
    }

    private var arguments: [String: String] {
        var arguments = [
            "service": service.displayName, "method": method.rawValue, "path": path,
            "host": error.host, "port": String(error.port),
        ]
        switch error.kind {
        case .responseTooLarge(let limit), .tooManyRedirects(let limit): arguments["limit"] = String(limit)
        case .caCertificateUnreadable(let path): arguments["caFile"] = path
        default: break
        }
        return arguments
    }

    var message: LocalizableMessage {
        let template =
            switch error.kind {
            case .connectTimeout: "Could not connect to {service} at {host}:{port} in time ({method} {path})."
            case .readTimeout: "{service} at {host}:{port} did not answer {method} {path} in time."
            case .connectionRefused:
                "{service} at {host}:{port} refused the connection; nothing is listening there ({method} {path})."
            case .hostNotFound: "The host {host} of {service} could not be found ({method} {path})."
            case .connectionClosed: "{service} at {host}:{port} closed the connection before answering {method} {path}."
            case .connectionReset: "{service} at {host}:{port} reset the connection while answering {method} {path}."
            case .truncatedBody: "{service} at {host}:{port} broke off its answer to {method} {path} before the end."
            case .invalidResponse: "{service} at {host}:{port} answered {method} {path} with something that is not valid HTTP."
            case .redirectLoop: "{service} redirected {method} {path} back to itself."
            case .tooManyRedirects: "{service} redirected {method} {path} more than {limit} times without answering."
            case .tls: "The secure (TLS) connection to {service} at {host}:{port} failed ({method} {path})."
            case .caCertificateUnreadable: "The CA certificate file {caFile} could not be read as PEM certificates."
            case .responseTooLarge: "{service} at {host}:{port} sent more than {limit} bytes for {method} {path}."
            case .other: "Could not reach {service} at {host}:{port} for {method} {path} because of an unexpected network error."
            }
        return LocalizableMessage(template, arguments)
    }

    var recovery: LocalizableMessage? {
        let template =
            switch error.kind {
            case .connectTimeout: "Check your network connection and that the cloud is up; some clouds need a VPN."
            case .readTimeout: "The cloud may be busy; try again in a moment."
            case .connectionRefused:
                "Check the address and port (auth URL or service catalog) and that the service is running."
            case .hostNotFound: "Check the host name in the auth URL and your network connection."
            case .connectionClosed: "Try again; if it keeps happening, contact the cloud's operators."
            case .connectionReset, .truncatedBody:
                "Try again; if it keeps happening, the service or a proxy in front of it is failing: contact the cloud's operators."
            case .invalidResponse:
                "Check that the address and port are the service's own (not an HTTPS port asked over HTTP); otherwise tell the cloud's operators."
            case .redirectLoop:
                "The cloud's web server or proxy is misconfigured; tell the cloud's operators which request looped."
            case .tooManyRedirects:
                "Check that the address (auth URL or service catalog) is the service's own and not a login portal; otherwise tell the cloud's operators."
            case .tls: "Check the cloud's certificate, your system's CA certificates and your clock."
            case .caCertificateUnreadable: "Check `cacert` (or a path given as `verify`) in clouds.yaml, or OS_CACERT."
            case .responseTooLarge:
                "Narrow the request with filters or a smaller page size; if it asks for one item, tell the cloud's operators."
            case .other:
                "Check your network connection and the cloud's address; the debug log (EXOSPHERE_LOG_LEVEL=debug) has the details."
            }
        return LocalizableMessage(template, arguments)
    }
}
