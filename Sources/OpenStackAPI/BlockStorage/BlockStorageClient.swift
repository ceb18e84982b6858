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
public struct BlockStorageClient: MicroversionedClient {
    /// Cinder.
    public static let service = ServiceType.blockStorage

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

    /// The microversion in use.
    public var microversion: NegotiatedMicroversion { state.value }
}
