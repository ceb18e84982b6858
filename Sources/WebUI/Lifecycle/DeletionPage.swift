import ExosphereCore
import Localization

/// The confirmation before deleting an instance: what else could go with it (``DeletionPlan``),
/// each as an opt-in checkbox, and the equivalent `openstack` commands.
struct DeletionPage: Sendable {
    struct Extra: Sendable {
        var name: String
        var detail: String
    }

    var instanceName: String
    var detailURL: String
    var floatingIPs: [Extra]
    var volumes: [Extra]
    var command: String

    init(plan: DeletionPlan, detailURL: String, localizer: any MessageLocalizer) {
        instanceName = plan.instance.name.isEmpty ? plan.instance.id : plan.instance.name
        self.detailURL = detailURL
        floatingIPs = plan.floatingIPs.map { Extra(name: $0.address, detail: $0.id) }
        volumes = plan.volumes.map { cascade in
            let why =
                cascade.reason == .bootVolume
                ? LocalizableMessage("the disk it boots from, {size} GiB", ["size": String(cascade.volume.sizeGiB)])
                : LocalizableMessage("created with it, {size} GiB", ["size": String(cascade.volume.sizeGiB)])
            return Extra(name: cascade.volume.displayName, detail: localizer.text(why))
        }
        command = OpenStackCommand.line(
            for: .delete, instance: plan.instance, choices: DeletionChoices(releaseFloatingIPs: true, deleteVolumes: true), plan: plan)
    }

    var hasFloatingIPs: Bool { !floatingIPs.isEmpty }
    var hasVolumes: Bool { !volumes.isEmpty }
}

extension DeletionPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "hasFloatingIPs": return hasFloatingIPs
        case "hasVolumes": return hasVolumes
        default: return nil
        }
    }
}
