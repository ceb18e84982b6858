import Localization
import PluginModel

/// An instance of a plugin provider as a row of the instance list: its cloud is the provider's
/// name and it links to the provider's page, where its own actions are (no OpenStack action
/// applies to it, so it has no bulk-selection box).
struct ProviderInstanceRow: Sendable {
    var id: String
    var name: String
    var cloud: String
    var status: String
    var statusLabel: String
    var role: String
    var address: String?
    var size: String?
    var detailURL: String

    init(_ instance: ProviderInstance, provider: ExtensionProvider, localizer: any MessageLocalizer) {
        let presentation = StatusPresentation(status: instance.status)
        id = instance.id
        name = instance.name
        cloud = provider.name
        status = instance.status
        statusLabel = localizer.text(presentation.label)
        role = presentation.role
        address = instance.addresses.first
        size = instance.size
        detailURL = provider.url
    }

    /// Whether the list's search, state and project filters keep it (it has no project, so a
    /// project filter leaves it out).
    static func matches(_ instance: ProviderInstance, query: InstanceListQuery) -> Bool {
        if let state = query.state, instance.status != state { return false }
        if query.project != nil { return false }
        guard let needle = query.search?.lowercased() else { return true }
        return instance.name.lowercased().contains(needle) || instance.id.hasPrefix(needle) || instance.addresses.contains { $0.hasPrefix(needle) }
    }
}

extension InstanceListPage {
    /// Adds the providers' instances that match `query`, after the clouds' rows of the first page
    /// (counted in the totals, not paged), and a notice for each provider that could not be listed.
    mutating func showProviders(_ listings: [ProviderListing], query: InstanceListQuery, localizer: any MessageLocalizer) {
        var rows: [ProviderInstanceRow] = []
        for listing in listings {
            if let notice = listing.notice { providerNotices.append(notice) }
            let instances = listing.instances ?? []
            total += instances.count
            let matching = instances.filter { ProviderInstanceRow.matches($0, query: query) }
            self.matching += matching.count
            rows += matching.map { ProviderInstanceRow($0, provider: listing.provider, localizer: localizer) }
        }
        guard page == 1 else { return }
        // Sorted by state when the list is, else by name (they have no project or creation time).
        let keyed = rows.map { (query.sort == .status ? $0.status : "", $0.name.lowercased(), $0) }
        providerRows = keyed.sorted { ($0.0, $0.1, $0.2.cloud, $0.2.id) < ($1.0, $1.1, $1.2.cloud, $1.2.id) }.map(\.2)
    }
}
