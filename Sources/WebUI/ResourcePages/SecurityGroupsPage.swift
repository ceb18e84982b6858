import ExosphereCore
import Localization

/// The project's security groups, their rules in words, and a button to add Exosphere's SSH and
/// ping rules where they are missing.
struct SecurityGroupsPage: Sendable {
    struct Row: Sendable {
        var id: String
        var name: String
        var description: String?
        var rules: [String]
        var hasExosphereRules: Bool
    }

    var tabs: ResourceTabs
    var groups: [Row]

    init(tabs: ResourceTabs, groups: [SecurityGroupSummary], localizer: any MessageLocalizer) {
        self.tabs = tabs
        self.groups = groups.map { group in
            Row(
                id: group.id, name: group.name, description: group.description,
                rules: group.rules.map { Self.words($0, localizer: localizer) }, hasExosphereRules: group.hasExosphereRules)
        }
    }

    /// A rule as "in tcp 22 from 0.0.0.0/0 (IPv4)".
    static func words(_ rule: SecurityRule, localizer: any MessageLocalizer) -> String {
        let direction = localizer.text(rule.direction == "ingress" ? LocalizableMessage("in") : LocalizableMessage("out"))
        let ports: String =
            switch (rule.portMin, rule.portMax) {
            case (let low?, let high?) where low != high: " \(low)-\(high)"
            case (let low?, _): " \(low)"
            default: ""
            }
        let what = (rule.protocol ?? localizer.text(LocalizableMessage("any protocol"))) + ports
        let from = rule.remoteCIDR ?? rule.remoteGroupID ?? localizer.text(LocalizableMessage("anywhere"))
        return "\(direction): \(what), \(from) (\(rule.ethertype))"
    }

    var isEmpty: Bool { groups.isEmpty }
}

extension SecurityGroupsPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
