public import Foundation

/// Cinder (Block Storage API v3): volumes, attachments and limits.
///
/// The catalog endpoint already carries the project (`…/v3/{project_id}`). Requests send
/// `OpenStack-API-Version: volume X.Y` with the version negotiated at
/// ``connect(context:endpoint:tokens:)``, which, like compute's, is `Codable` for caching.
///
/// ```swift
/// let volumes = try await BlockStorageClient.connect(context: context, endpoint: endpoint.url, tokens: tokens)
/// for volume in try await volumes.listVolumes() { print(volume.name ?? volume.id, volume.size) }
/// ```
public struct BlockStorageClient: Sendable {
    /// The newest volume microversion this client understands: 3.70 (Zed), the newest Debian's
    /// Zed Cinder offers. Attachments need 3.27.
    public static let maximumMicroversion = Microversion(3, 70)

    /// The block-storage endpoint from the catalog.
    public let endpoint: URL
    let caller: ServiceCaller
    private let state: MicroversionState

    /// Creates a client with an already negotiated (for instance cached) microversion.
    public init(context: APIContext, endpoint: URL, tokens: any TokenSource, microversion: NegotiatedMicroversion) {
        self.endpoint = endpoint
        self.state = MicroversionState(microversion)
        self.caller = ServiceCaller(
            context: context, service: .blockStorage, baseURL: endpoint, tokens: tokens, microversion: state)
    }

    /// Reads the version document, negotiates the microversion and creates a client.
    public static func connect(context: APIContext, endpoint: URL, tokens: any TokenSource) async throws
        -> BlockStorageClient
    {
        let negotiated = try await MicroversionDiscovery.discover(
            service: .blockStorage, endpoint: endpoint, context: context)
        return BlockStorageClient(context: context, endpoint: endpoint, tokens: tokens, microversion: negotiated)
    }

    /// The microversion in use.
    public var microversion: NegotiatedMicroversion { state.value }

    /// Whether the negotiated version is at least `version`, such as `"3.27"`.
    public func supports(_ version: String) -> Bool { microversion.supports(version) }

    func require(_ major: Int, _ minor: Int, for feature: String) throws {
        let required = Microversion(major, minor)
        guard microversion.supports(required) else {
            throw OpenStackError.microversionTooLow(
                service: .blockStorage, feature: feature, required: required, negotiated: microversion.version)
        }
    }
}
