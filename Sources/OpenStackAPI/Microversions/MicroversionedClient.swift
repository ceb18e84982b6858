public import Foundation

/// A service client that negotiates a microversion (Nova's `compute`, Cinder's `volume`): how it
/// connects, and how it checks a feature against the negotiated version. The clients differ only in
/// their service and their endpoints.
public protocol MicroversionedClient: Sendable {
    /// The service whose version document is read and whose header is sent.
    static var service: ServiceType { get }
    /// Creates a client with an already negotiated (for instance cached) microversion.
    init(context: APIContext, endpoint: URL, tokens: any TokenSource, microversion: NegotiatedMicroversion)
    /// The microversion in use.
    var microversion: NegotiatedMicroversion { get }
}

extension MicroversionedClient {
    /// Reads the endpoint's version document, negotiates the microversion and creates a client.
    public static func connect(context: APIContext, endpoint: URL, tokens: any TokenSource) async throws -> Self {
        let negotiated = try await MicroversionDiscovery.discover(service: service, endpoint: endpoint, context: context)
        return Self(context: context, endpoint: endpoint, tokens: tokens, microversion: negotiated)
    }

    /// Whether the negotiated version is at least `version`, such as `"2.47"`.
    public func supports(_ version: String) -> Bool { microversion.supports(version) }

    /// Whether the negotiated version is at least `version`.
    public func supports(_ version: Microversion) -> Bool { microversion.supports(version) }

    /// Throws ``OpenStackError/microversionTooLow(service:feature:required:negotiated:)`` unless the
    /// negotiated version is at least `major.minor`.
    func require(_ major: Int, _ minor: Int, for feature: String) throws {
        let required = Microversion(major, minor)
        guard supports(required) else {
            throw OpenStackError.microversionTooLow(
                service: Self.service, feature: feature, required: required, negotiated: microversion.version)
        }
    }
}
