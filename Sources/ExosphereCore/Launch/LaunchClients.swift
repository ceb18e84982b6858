import OpenStackAPI

/// The service clients a launch uses in one project.
struct LaunchClients: Sendable {
    /// Nova.
    var compute: ComputeClient
    /// Glance.
    var image: ImageClient
    /// Neutron.
    var network: NetworkClient
    /// Cinder.
    var blockStorage: BlockStorageClient

    /// Bundles clients.
    init(compute: ComputeClient, image: ImageClient, network: NetworkClient, blockStorage: BlockStorageClient) {
        self.compute = compute
        self.image = image
        self.network = network
        self.blockStorage = blockStorage
    }
}

extension CloudSession {
    /// The clients a launch in `project` needs.
    func launchClients(for project: ProjectSummary) async throws -> LaunchClients {
        async let compute = computeClient(for: project)
        async let image = imageClient(for: project)
        async let network = networkClient(for: project)
        async let blockStorage = blockStorageClient(for: project)
        return LaunchClients(
            compute: try await compute, image: try await image, network: try await network,
            blockStorage: try await blockStorage)
    }
}
