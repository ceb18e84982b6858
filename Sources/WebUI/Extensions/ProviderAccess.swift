import ExosphereCore
import Localization

/// The plugin providers whose instances the pages show beside the clouds': none in multi-user
/// mode, because a provider acts with the operator's credentials, not the signed-in person's.
struct ProviderAccess: Sendable {
    /// The extensions that may add providers; `nil` when none may.
    let extensions: (any WebExtensions)?
    /// How long a provider may take to list its instances for a page.
    let cardBudget: Duration

    init(_ configuration: WebUIConfiguration) {
        extensions = configuration.isMultiUser ? nil : configuration.extensions
        cardBudget = configuration.extensionCardBudget
    }

    /// Every provider shown (empty without any).
    func providers() async -> [any InstanceProvider] {
        await extensions?.instanceProviders() ?? []
    }

    /// The providers beside the clouds with their instance counts, each read within the card
    /// budget; `nil` when there is none.
    func section(localizer: any MessageLocalizer) async -> ProvidersSection? {
        let providers = await providers()
        guard !providers.isEmpty else { return nil }
        return ProvidersSection(await ProviderListing.load(providers, budget: cardBudget), localizer: localizer)
    }
}
