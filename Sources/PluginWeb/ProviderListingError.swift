public import Localization

/// Why a provider's listing is not shown yet.
public enum ProviderListingError: UserFacingError, Hashable {
    /// The provider has been listing its instances for longer than a listing is reused.
    case stillRunning(provider: String, seconds: Int)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .stillRunning(let provider, let seconds):
            return LocalizableMessage(
                "{provider} has been listing its instances for {seconds} s; they show here once it answers.",
                ["provider": provider, "seconds": String(seconds)])
        }
    }

    /// What to do next.
    public var recovery: LocalizableMessage? { nil }
}
