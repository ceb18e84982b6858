import ExosphereCore
import Localization

/// The project's quotas as used / limit bars.
struct QuotasPage: Sendable {
    var tabs: ResourceTabs
    var rows: [LaunchQuotaRow]

    init(tabs: ResourceTabs, usage: QuotaUsage, localizer: any MessageLocalizer) {
        self.tabs = tabs
        rows = LaunchQuotaRow.rows(usage, needs: [:], localizer: localizer)
    }

    var isEmpty: Bool { rows.isEmpty }
}

extension QuotasPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
