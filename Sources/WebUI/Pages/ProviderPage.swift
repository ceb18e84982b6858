import ExosphereCore
import Localization

/// `/providers/<plugin>/<provider>`: a plugin provider's instances with their actions, and the
/// form that creates one.
struct ProviderPage: Sendable {
    struct Row: Sendable {
        struct Action: Sendable {
            var label: String
            var url: String
            /// `<action>-<instance id>`, for the button's id.
            var key: String
        }

        var id: String
        var name: String
        var statusLabel: String
        var role: String
        var size: String
        var image: String
        var addresses: String
        var actions: [Action]
        var deleteURL: String
    }

    struct Option: Sendable {
        var value: String
        var label: String
    }

    var name: String
    var url: String
    var rows: [Row]
    /// Why the instances are not shown.
    var notice: String?
    var sizes: [Option]
    var images: [Option]
    /// Why the create form is not offered.
    var choicesNotice: String?

    init(listing: ProviderListing, choices: Result<ProviderChoices, any Error>?, budget: Duration, localizer: any MessageLocalizer) {
        let provider = listing.provider
        name = provider.name
        url = provider.url
        notice = listing.notice(localizer: localizer)
        rows = (listing.instances ?? []).map { instance in
            let presentation = StatusPresentation(status: instance.status)
            let instanceURL = provider.url + "/instances/" + PathComponent.encode(instance.id)
            return Row(
                id: instance.id, name: instance.name, statusLabel: localizer.text(presentation.label), role: presentation.role,
                size: instance.flavorName ?? "-", image: instance.imageID ?? "-",
                addresses: instance.addresses.isEmpty ? "-" : instance.addresses.map(\.address).joined(separator: ", "),
                actions: Self.actions(for: instance.status).map { action in
                    Row.Action(
                        label: localizer.text(Self.label(action)), url: instanceURL + "/actions/" + action.rawValue,
                        key: action.rawValue + "-" + instance.id)
                },
                deleteURL: instanceURL + "/delete")
        }
        switch choices {
        case .success(let offered)?:
            sizes = offered.sizes.map { size in
                var label = size.name
                if let vcpus = size.vcpus, let ram = size.ramMiB {
                    label = localizer.text(LocalizableMessage("{name} ({vcpus} vCPU, {ram} MiB)", ["name": size.name, "vcpus": String(vcpus), "ram": String(ram)]))
                }
                return Option(value: size.id, label: label)
            }
            images = offered.images.map { Option(value: $0.id, label: $0.name) }
            choicesNotice = nil
        case .failure(let error)?:
            (sizes, images) = ([], [])
            choicesNotice = Self.choicesNotice(localizer.describe(error), localizer: localizer)
        case nil:
            (sizes, images) = ([], [])
            choicesNotice = Self.choicesNotice(ExtensionRendering.tooSlow(budget, localizer: localizer), localizer: localizer)
        }
    }

    var isEmpty: Bool { rows.isEmpty }
    /// Whether the create form can be offered: sizes and images are known.
    var canCreate: Bool { !sizes.isEmpty && !images.isEmpty }

    /// The actions that make sense in `status`: a running instance stops or reboots, a stopped one
    /// starts; in any other state every action is offered and the provider decides.
    static func actions(for status: String) -> [ProviderAction] {
        switch status {
        case "ACTIVE": [.stop, .reboot]
        case "SHUTOFF": [.start]
        default: ProviderAction.allCases
        }
    }

    /// The button label of a provider action: the words of the OpenStack action it matches.
    static func label(_ action: ProviderAction) -> LocalizableMessage {
        switch action {
        case .start: ActionWords.label(.start)
        case .stop: ActionWords.label(.stop)
        case .reboot: ActionWords.label(.softReboot)
        }
    }

    private static func choicesNotice(_ reason: String, localizer: any MessageLocalizer) -> String {
        localizer.text(LocalizableMessage("New instances cannot be created now: {reason}", ["reason": reason]))
    }
}

extension ProviderPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "isEmpty": return isEmpty
        case "canCreate": return canCreate
        default: return nil
        }
    }
}
