import ExosphereCore
import Localization

/// The providers beside the clouds, on the dashboard and the clouds page: each one's name,
/// instance count (or why it is unknown) and a link to its page.
struct ProvidersSection: Sendable, Hashable {
    struct Row: Sendable, Hashable {
        var name: String
        var url: String
        var count: Int?
        var notice: String?
    }

    var rows: [Row]

    init(_ listings: [ProviderListing], localizer: any MessageLocalizer) {
        rows = listings.map {
            Row(name: $0.provider.name, url: $0.provider.url, count: $0.instances?.count, notice: $0.notice(localizer: localizer))
        }
    }
}
