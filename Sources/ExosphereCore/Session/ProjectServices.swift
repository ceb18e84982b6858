import CloudConfig
import OpenStackAPI

/// The service clients of one project: what instance actions and resource operations use.
///
/// Get one with `CloudSession.services(for:)`. The block-storage client negotiates its
/// microversion on first use, so operations that never touch volumes cost no extra request.
struct ProjectServices: Sendable {
    /// The project the clients work in.
    let project: ProjectSummary
    /// Nova.
    let compute: ComputeClient
    /// Neutron.
    let network: NetworkClient
    /// Glance.
    let image: ImageClient
    let connectBlockStorage: @Sendable () async throws -> BlockStorageClient

    /// Cinder, connected (and its microversion negotiated) on each call.
    func blockStorage() async throws -> BlockStorageClient {
        try await connectBlockStorage()
    }
}

extension CloudSession {
    /// Compute, network, image and block-storage clients for `project`.
    func services(for project: ProjectSummary) async throws -> ProjectServices {
        let scope = AuthScope.project(id: project.id)
        let token = try await tokens.token(for: scope)
        let source = tokens.tokenSource(for: scope)
        let catalog = token.catalog
        let interface = profile.endpointInterface
        let region = profile.regionName
        let compute = try await computeClient(for: project)
        let network = try catalog.endpoint(for: .network, interface: interface, region: region).url
        let image = try catalog.endpoint(for: .image, interface: interface, region: region).url
        let context = self.context
        return ProjectServices(
            project: project, compute: compute, network: NetworkClient(context: context, endpoint: network, tokens: source),
            image: ImageClient(context: context, endpoint: image, tokens: source),
            connectBlockStorage: {
                let volume = try catalog.endpoint(for: .blockStorage, interface: interface, region: region).url
                return try await BlockStorageClient.connect(context: context, endpoint: volume, tokens: source)
            })
    }
}
