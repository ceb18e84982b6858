public import Localization

/// One provider's instances as the core lists them beside the clouds': the instances, or the
/// failure that says why there are none.
public struct ProviderListing: Sendable {
    /// Which provider.
    public var provider: ProviderIdentity
    /// Its instances, as core instances whose ``Instance/provider`` names it; `nil` when they
    /// could not be read.
    public var instances: [Instance]?
    /// Why they are missing: the provider's own error or ``ProviderListingTimeout``, under the
    /// provider's name as the cloud.
    public var failure: ListingFailure?

    /// Lists every provider concurrently, each within `budget` (`nil`: for as long as each takes),
    /// answering at once from any listing a provider has at hand. One that fails or runs out of
    /// time is a ``failure``, never an error: the others are listed all the same.
    public static func load(_ providers: [any InstanceProvider], budget: Duration?) async -> [ProviderListing] {
        let outcomes = await TimeBudget.outcomes(of: providers, budget: budget, ready: { $0.cachedInstances() }) {
            try await $0.listInstances()
        }
        return zip(providers, outcomes).map { provider, outcome in
            let identity = provider.identity
            switch outcome {
            case .success(let instances)?:
                return ProviderListing(provider: identity, instances: instances.map { Instance($0, of: identity) })
            case .failure(let error)?:
                return ProviderListing(provider: identity, failure: ListingFailure(cloud: identity.name, error: error))
            case nil:
                let timeout = ProviderListingTimeout(provider: identity.name, budget: budget ?? .zero)
                return ProviderListing(provider: identity, failure: ListingFailure(cloud: identity.name, error: timeout))
            }
        }
    }

    /// The listing as a part of ``CloudSessions/instanceStream(projectFilter:providers:providerBudget:)``.
    var part: InstanceListingPart {
        if let failure { return .failure(failure) }
        return .project(ProjectInstances(project: provider.project, instances: instances ?? []))
    }

    init(provider: ProviderIdentity, instances: [Instance]? = nil, failure: ListingFailure? = nil) {
        self.provider = provider
        self.instances = instances
        self.failure = failure
    }
}

/// A provider that did not list its instances within the time a page or command gives it.
public struct ProviderListingTimeout: UpstreamFailure, Hashable {
    /// The provider's name.
    public var provider: String
    /// The time it had.
    public var budget: Duration

    /// What happened.
    public var message: LocalizableMessage {
        LocalizableMessage(
            "{provider} did not list its instances within {milliseconds} ms.",
            ["provider": provider, "milliseconds": String(budget.millisecondsClamped)])
    }

    /// What to do next.
    public var recovery: LocalizableMessage? {
        LocalizableMessage("Reload in a moment: its instances show once it answers.")
    }
}

extension Listing<Instance> {
    /// Adds a provider's instances after the clouds', or its failure after theirs.
    public mutating func add(_ provider: ProviderListing) {
        items += provider.instances ?? []
        if let failure = provider.failure { failures.append(failure) }
    }
}
