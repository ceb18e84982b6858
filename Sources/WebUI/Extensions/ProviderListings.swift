import Localization
import PluginModel

/// One provider's instances as a page shows them: the list, or a notice saying why there is none.
struct ProviderListing: Sendable {
    var provider: ExtensionProvider
    /// Its instances, when they could be read within the budget.
    var instances: [ProviderInstance]?
    /// Why they are not shown, when the provider failed or ran out of time.
    var notice: String?
}

/// Reads every provider's instances concurrently, each within a time budget, so one slow or
/// failing provider costs a page at most the budget and shows as a notice, never an error page.
enum ProviderListings {
    /// Listings at hand are used as they are; only the providers without one are waited for, so a
    /// busy dashboard starts no tasks or budget timers for providers listed a moment ago.
    static func load(
        _ providers: [ExtensionProvider], from extensions: any WebExtensions, budget: Duration, localizer: any MessageLocalizer
    ) async -> [ProviderListing] {
        let outcomes = await ExtensionRendering.outcomes(of: providers, budget: budget, ready: { extensions.cachedProviderInstances($0) }) {
            try await extensions.providerInstances($0)
        }
        return zip(providers, outcomes).map { listing($0, $1, budget: budget, localizer: localizer) }
    }

    static func listing(
        _ provider: ExtensionProvider, _ outcome: Result<[ProviderInstance], any Error>?, budget: Duration, localizer: any MessageLocalizer
    ) -> ProviderListing {
        switch outcome {
        case .success(let instances)?:
            return ProviderListing(provider: provider, instances: instances)
        case .failure(let error)?:
            return ProviderListing(provider: provider, notice: notice(provider, reason: WebApp.describe(error, localizer: localizer), localizer: localizer))
        case nil:
            return ProviderListing(provider: provider, notice: notice(provider, reason: ExtensionRendering.tooSlow(budget, localizer: localizer), localizer: localizer))
        }
    }

    private static func notice(_ provider: ExtensionProvider, reason: String, localizer: any MessageLocalizer) -> String {
        localizer.text(LocalizableMessage("The instances of {provider} could not be listed: {reason}", ["provider": provider.name, "reason": reason]))
    }
}
