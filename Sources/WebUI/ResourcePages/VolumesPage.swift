import ExosphereCore
import Foundation
import Localization

/// The project's volumes: create, extend and delete; attach and detach happen on the instance page
/// the volume row links to.
struct VolumesPage: Sendable {
    struct Row: Sendable {
        var id: String
        var name: String
        var sizeGiB: Int
        var status: String
        var attachedTo: String?
        var attachedURL: String?
        var canDelete: Bool
        var nextSizeGiB: Int
    }

    var tabs: ResourceTabs
    var volumes: [Row]

    init(tabs: ResourceTabs, volumes: [VolumeSummary]) {
        self.tabs = tabs
        self.volumes = volumes.map { volume in
            let placement = volume.attachments.first
            return Row(
                id: volume.id, name: volume.displayName, sizeGiB: volume.sizeGiB, status: volume.status,
                attachedTo: placement.map { $0.instanceName ?? $0.instanceID },
                attachedURL: placement.map { "/instances/" + PathComponent.encode(tabs.cloud) + "/" + PathComponent.encode($0.instanceID) },
                canDelete: placement == nil && volume.status == "available", nextSizeGiB: LaunchQuotaRow.saturatingSum(volume.sizeGiB, 1))
        }
    }

    var isEmpty: Bool { volumes.isEmpty }
}

extension VolumesPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
