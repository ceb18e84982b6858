public import Localization

/// Everything that can go wrong talking to OpenStack, with enough context to explain it.
///
/// Every case names the service and, where there was one, the request (method and path, never a
/// token or password). ``message`` says what happened in plain words; ``recovery`` says what to do.
///
/// ```swift
/// do {
///     _ = try await compute.showServer(id: id)
/// } catch let error as OpenStackError where error.status == 404 {
///     // gone
/// }
/// ```
public enum OpenStackError: UpstreamFailure, Hashable {
    /// The service answered with an error status (4xx or 5xx).
    case http(HTTPFailure)
    /// No HTTP response arrived: timeout, refused connection, unknown host, TLS failure.
    case transport(TransportFailure)
    /// The response arrived but its body or a required header could not be read.
    case decoding(DecodingFailure)
    /// The service catalog has no usable endpoint for a service.
    case endpointNotFound(EndpointNotFound)
    /// Authentication used an existing token (`token` method) and that token has expired, or the
    /// Identity service refused it; a token cannot renew itself.
    case loginExpired
    /// The cloud signs in by single sign-on and there is no current sign-in (none yet, or it
    /// expired or was refused).
    case singleSignOnNeeded
    /// An application credential is bound to one project and another project was asked for.
    case applicationCredentialScope(boundProjectID: String, requested: String)
    /// A listing handed out the same next page twice.
    case paginationLoop(service: ServiceType, path: String, marker: String)
    /// A listing went on for more pages than the hard cap allows.
    case tooManyPages(service: ServiceType, path: String, limit: Int)
    /// An option needs a newer microversion than the one negotiated with this cloud.
    case microversionTooLow(service: ServiceType, feature: String, required: Microversion, negotiated: Microversion)
    /// The cloud's microversion range and ours do not overlap.
    case noCommonMicroversion(
        service: ServiceType, cloudMinimum: Microversion, cloudMaximum: Microversion, clientMaximum: Microversion)
    /// A URL could not be built from an endpoint and a path.
    case invalidURL(service: ServiceType, base: String, path: String)

    /// The HTTP status, when the service answered.
    public var status: Int? {
        if case .http(let failure) = self { return failure.status }
        return nil
    }

    /// The OpenStack request id, when the service sent one.
    public var requestID: String? {
        switch self {
        case .http(let failure): failure.requestID
        case .decoding(let failure): failure.requestID
        default: nil
        }
    }

    /// The service involved, when one is known.
    public var service: ServiceType? {
        switch self {
        case .http(let failure): failure.service
        case .transport(let failure): failure.service
        case .decoding(let failure): failure.service
        case .endpointNotFound(let failure): failure.service
        case .loginExpired, .singleSignOnNeeded, .applicationCredentialScope: .identity
        case .paginationLoop(let service, _, _), .tooManyPages(let service, _, _),
            .microversionTooLow(let service, _, _, _), .noCommonMicroversion(let service, _, _, _),
            .invalidURL(let service, _, _):
            service
        }
    }

    /// The cloud's own explanation from an error body, when it gave one.
    public var cloudMessage: String? {
        if case .http(let failure) = self { return failure.cloudMessage }
        return nil
    }

    /// What happened, in plain words.
    public var message: LocalizableMessage {
        switch self {
        case .http(let failure): failure.message
        case .transport(let failure): failure.message
        case .decoding(let failure): failure.message
        case .endpointNotFound(let failure): failure.message
        default: otherMessage
        }
    }

    /// What to do next.
    public var recovery: LocalizableMessage? {
        switch self {
        case .http(let failure): failure.recovery
        case .transport(let failure): failure.recovery
        case .decoding(let failure): failure.recovery
        case .endpointNotFound(let failure): failure.recovery
        default: otherRecovery
        }
    }
}
