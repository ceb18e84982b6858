import ExosphereCore
import Localization

/// The project's public (floating) IP addresses, orphans flagged: allocated but attached to
/// nothing, they still count against the quota.
struct FloatingIPsPage: Sendable {
    struct Row: Sendable {
        var id: String
        var address: String
        var instance: String?
        var isOrphan: Bool
    }

    struct Choice: Sendable {
        var id: String
        var name: String
    }

    var tabs: ResourceTabs
    var addresses: [Row]
    /// Instances an orphan may be given to.
    var instances: [Choice]

    init(tabs: ResourceTabs, floatingIPs: [FloatingIPSummary], instances: [Instance]) {
        self.tabs = tabs
        addresses = floatingIPs.map {
            Row(id: $0.id, address: $0.address, instance: $0.instanceName ?? $0.instanceID ?? $0.fixedAddress, isOrphan: $0.isOrphan)
        }
        self.instances = instances.map { Choice(id: $0.id, name: $0.name.isEmpty ? $0.id : $0.name) }
    }

    var isEmpty: Bool { addresses.isEmpty }
    var hasOrphans: Bool { addresses.contains(where: \.isOrphan) }
    var hasInstances: Bool { !instances.isEmpty }
}

extension FloatingIPsPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "isEmpty": return isEmpty
        case "hasOrphans": return hasOrphans
        case "hasInstances": return hasInstances
        default: return nil
        }
    }
}
