extension Instance {
    /// A provider's instance in the core's shape: its cloud is the provider's name and its project
    /// is empty (providers have none), its size is the flavor, and ``provider`` says where it is.
    public init(_ instance: ProviderInstance, of provider: ProviderIdentity) {
        self.init(
            id: instance.id, name: instance.name, status: instance.status,
            project: provider.project,
            flavorName: instance.size, imageID: instance.image,
            addresses: instance.addresses.map { InstanceAddress(network: "", address: $0, version: $0.contains(":") ? 6 : 4, isFloating: false) })
        self.provider = provider
    }
}
