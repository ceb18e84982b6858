extension CloudWorkspace {
    /// Every instance in one listing: the clouds' as the workspace last saw them, then each of
    /// `providers`' (listed at the same time, each within `budget`, `nil` for as long as it
    /// takes), with the failures of both. The web UI's lists read this, so provider instances
    /// join the clouds' here and in ``CloudSessions/instanceStream(projectFilter:providers:providerBudget:)``
    /// only.
    public func everyInstance(providers: [any InstanceProvider], budget: Duration?) async -> Listing<Instance> {
        async let providerListings = ProviderListing.load(providers, budget: budget)
        var listing = await instances()
        for provider in await providerListings { listing.add(provider) }
        return listing
    }
}
