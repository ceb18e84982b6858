import ExosphereCore
import Foundation
import Localization
import Mustache

/// One instance as a row of the list, the dashboard and the detail page.
struct InstanceRow: Sendable, Hashable {
    var id: String
    var name: String
    var cloud: String
    var project: String
    var status: String
    var statusLabel: String
    /// The theme role that colours the status: `success`, `attention`, `danger`, `done` or `muted`.
    var role: String
    var taskState: String?
    var inTransition: Bool
    var address: String?
    var flavor: String?
    var created: String?
    var detailURL: String
    /// Whether it is a plugin provider's: it links to the provider's page, where its own actions
    /// are, and takes no part in bulk actions (no OpenStack action applies to it).
    var isProvider: Bool

    init(_ instance: Instance, localizer: any MessageLocalizer) {
        let presentation = StatusPresentation(status: instance.status, taskState: instance.taskState)
        id = instance.id
        name = instance.name.isEmpty ? instance.id : instance.name
        cloud = instance.project.cloud
        project = instance.project.name
        status = instance.status
        statusLabel = localizer.text(presentation.label)
        role = presentation.role
        taskState = instance.taskState
        inTransition = presentation.inTransition
        address = (instance.addresses.first(where: \.isFloating) ?? instance.addresses.first)?.address
        flavor = instance.flavorName
        created = instance.created.map(RelativeTime.machineReadable)
        isProvider = instance.provider != nil
        detailURL = instance.provider?.url ?? "/instances/" + PathComponent.encode(cloud) + "/" + PathComponent.encode(id)
    }
}

// Rows of the dashboard and the instance list are read many times per page: named lookups
// instead of Mustache's reflection (a `Mirror` of the row per lookup). Every stored property.
extension InstanceRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "cloud": cloud
        case "project": project
        case "status": status
        case "statusLabel": statusLabel
        case "role": role
        case "taskState": taskState
        case "inTransition": inTransition
        case "address": address
        case "flavor": flavor
        case "created": created
        case "detailURL": detailURL
        case "isProvider": isProvider
        default: nil
        }
    }
}

/// Percent-encoding for one path segment.
enum PathComponent {
    static func encode(_ text: String) -> String {
        // Most names and ids need no escaping: building the character set costs more than the page row.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// An ASCII letter, digit, or one of `-._~`: left as it is in a path segment.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// A query string from pairs, leaving out empty values.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return encode(name) + "=" + encode(value)
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}
