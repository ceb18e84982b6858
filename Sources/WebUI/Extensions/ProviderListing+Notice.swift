import ExosphereCore
import Localization

extension ProviderListing {
    /// Why its instances are not shown, in the reader's language; `nil` when they are.
    func notice(localizer: any MessageLocalizer) -> String? {
        guard let failure else { return nil }
        let reason =
            if let timeout = failure.error as? ProviderListingTimeout {
                ExtensionRendering.tooSlow(timeout.budget, localizer: localizer)
            } else {
                localizer.describe(failure.error)
            }
        return localizer.text(LocalizableMessage("The instances of {provider} could not be listed: {reason}", ["provider": provider.name, "reason": reason]))
    }
}
