public import Foundation

/// Nova (Compute API v2.1): servers and their actions, flavors, key pairs, limits and volume
/// attachments.
///
/// Every request carries `OpenStack-API-Version: compute X.Y` with the version negotiated at
/// ``connect(context:endpoint:tokens:)``; gate optional features with ``supports(_:)-(String)``.
/// The negotiated ``microversion`` is `Codable`: cache it and build the client with
/// ``init(context:endpoint:tokens:microversion:)`` to skip discovery next time. Copies of a client
/// share their microversion: if the cloud answers 406 (it no longer accepts the version), the
/// client rediscovers, retries once and keeps the new version.
///
/// ```swift
/// let compute = try await ComputeClient.connect(context: context, endpoint: endpoint.url, tokens: tokens)
/// let servers = try await compute.listServers()
/// if compute.supports("2.73") { … }
/// ```
public struct ComputeClient: MicroversionedClient {
    /// Nova.
    public static let service = ServiceType.compute

    /// The newest compute microversion this client understands: 2.90 (Xena), which adds
    /// `hostname` to create, update and rebuild. Responses of later versions are not assumed.
    public static let maximumMicroversion = Microversion(2, 90)

    /// The compute endpoint from the catalog (such as `https://nova.example.org:8774/v2.1`).
    public let endpoint: URL
    let caller: ServiceCaller
    private let state: MicroversionState

    /// Creates a client with an already negotiated (for instance cached) microversion.
    public init(context: APIContext, endpoint: URL, tokens: any TokenSource, microversion: NegotiatedMicroversion) {
        self.endpoint = endpoint
        self.state = MicroversionState(microversion)
        self.caller = ServiceCaller(
            context: context, service: .compute, baseURL: endpoint, tokens: tokens, microversion: state)
    }

    /// The microversion in use.
    public var microversion: NegotiatedMicroversion { state.value }
}
