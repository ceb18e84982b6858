import ExosphereCore
import Localization

/// One instance: its state, addresses, flavor and image, and how to connect.
struct InstanceDetailPage: Sendable {
    struct AddressRow: Sendable {
        var network: String
        var address: String
        var kind: String
    }

    /// The account Exosphere's images create for people (Exosphere's `exouser` convention).
    static let loginUser = "exouser"

    var instance: InstanceRow
    var addresses: [AddressRow]
    var image: String?
    var keyName: String?
    var locked: Bool
    var sshCommand: String?
    var actions: InstanceActionsPanel
    var extras: InstanceExtras?
    /// Actions from plugins, when any offers one.
    var pluginActions: ExtensionActionsPanel?

    init(instance: Instance, localizer: any MessageLocalizer) {
        self.instance = InstanceRow(instance, localizer: localizer)
        addresses = instance.addresses.map {
            AddressRow(
                network: $0.network, address: $0.address,
                kind: localizer.text(
                    $0.isFloating ? LocalizableMessage("public (floating)") : LocalizableMessage("private (fixed)")))
        }
        image = instance.imageID
        keyName = instance.keyName
        locked = instance.locked ?? false
        let reachable = instance.addresses.first(where: \.isFloating) ?? instance.addresses.first { $0.version == 4 }
        sshCommand = reachable.map { "ssh \(Self.loginUser)@\($0.address)" }
        actions = InstanceActionsPanel(instance: instance, baseURL: self.instance.detailURL, localizer: localizer)
    }

    var hasAddresses: Bool { !addresses.isEmpty }
}
