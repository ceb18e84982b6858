import ExosphereCore
import Localization

/// The page that asks what resize or rebuild needs: a flavor (grouped and described as the launch
/// form does) or an image, for one instance; or, when the action matrix refuses the action now,
/// why not.
struct InstanceChangePage: Sendable {
    /// The instance's name, for the title.
    var instanceName: String
    var detailURL: String
    /// Where the form posts: the instance's lifecycle action route.
    var actionURL: String
    /// Resize: the flavor the instance has now; rebuild: its image's name or id.
    var current: String?
    var isResize: Bool
    /// The choices: flavors for resize (the current one left out), images for rebuild.
    var groups: [LaunchFormPage.OptionGroup]
    /// Why the action is not possible now, in the matrix's words.
    var refusal: String?
    /// The equivalent `openstack` command.
    var command: String

    /// The resize page of `instance`, offering every flavor of `catalog` but its current one.
    static func resize(
        _ instance: Instance, flavors catalog: FlavorCatalog, matrix: ActionMatrix = ActionMatrix(), localizer: any MessageLocalizer
    ) -> InstanceChangePage {
        let groups = LaunchFormPage.flavorGroups(catalog, selected: nil, localizer: localizer).compactMap { group in
            var group = group
            group.options.removeAll { option in catalog.flavors.contains { $0.id == option.value && ($0.name == instance.flavorName || $0.id == instance.flavorName) } }
            return group.options.isEmpty ? nil : group
        }
        return InstanceChangePage(instance, action: .resize, current: instance.flavorName, groups: groups, matrix: matrix, localizer: localizer)
    }

    /// The rebuild page of `instance`, offering the images of `catalog`, its current one selected.
    static func rebuild(
        _ instance: Instance, images catalog: ImageCatalog, matrix: ActionMatrix = ActionMatrix(), localizer: any MessageLocalizer
    ) -> InstanceChangePage {
        let groups = LaunchFormPage.imageGroups(catalog, selected: instance.imageID, localizer: localizer)
        let currentName = (catalog.offered + catalog.snapshots).first { $0.id == instance.imageID }?.name
        return InstanceChangePage(
            instance, action: .rebuild, current: currentName ?? instance.imageID, groups: groups, matrix: matrix, localizer: localizer)
    }

    private init(
        _ instance: Instance, action: InstanceAction, current: String?, groups: [LaunchFormPage.OptionGroup], matrix: ActionMatrix,
        localizer: any MessageLocalizer
    ) {
        let row = InstanceRow(instance, localizer: localizer)
        instanceName = row.name
        detailURL = row.detailURL
        actionURL = row.detailURL + "/actions/" + action.rawValue
        self.current = current
        isResize = action == .resize
        self.groups = groups
        refusal = matrix.refusal(for: action, in: InstanceState(instance)).map { localizer.text(ActionWords.reason($0)) }
        command = OpenStackCommand.line(for: action, instance: instance)
    }

    var hasChoices: Bool { !groups.isEmpty }
}

extension InstanceChangePage: TemplateView {
    func computed(_ name: String) -> Any? { name == "hasChoices" ? hasChoices : nil }
}
