import Localization

/// The tabs above every resource page (volumes, public IPs, key pairs, security groups, images,
/// quotas) and the cloud they show, chosen with `?cloud=`.
struct ResourceTabs: Sendable {
    struct Tab: Sendable {
        var url: String
        var label: String
        var current: Bool
    }

    struct CloudLink: Sendable {
        var url: String
        var name: String
        var current: Bool
    }

    /// The resource pages, in tab order.
    enum Kind: String, Sendable, CaseIterable {
        case volumes
        case floatingIPs = "floating-ips"
        case keypairs
        case securityGroups = "security-groups"
        case images
        case quotas

        var path: String { "/" + rawValue }

        var title: LocalizableMessage {
            switch self {
            case .volumes: LocalizableMessage("Volumes")
            case .floatingIPs: LocalizableMessage("Public IP addresses")
            case .keypairs: LocalizableMessage("Key pairs")
            case .securityGroups: LocalizableMessage("Security groups")
            case .images: LocalizableMessage("Images")
            case .quotas: LocalizableMessage("Quotas")
            }
        }
    }

    var tabs: [Tab]
    var clouds: [CloudLink]
    /// The cloud shown, for the forms' hidden `cloud` field.
    var cloud: String

    init(current: Kind, cloud: String, clouds: [String], localizer: any MessageLocalizer) {
        let query = PathComponent.query([("cloud", cloud)])
        tabs = Kind.allCases.map { Tab(url: $0.path + query, label: localizer.text($0.title), current: $0 == current) }
        self.clouds = clouds.map {
            CloudLink(url: current.path + PathComponent.query([("cloud", $0)]), name: $0, current: $0 == cloud)
        }
        self.cloud = cloud
    }

    var severalClouds: Bool { clouds.count > 1 }
}

extension ResourceTabs: TemplateView {
    func computed(_ name: String) -> Any? { name == "severalClouds" ? severalClouds : nil }
}
