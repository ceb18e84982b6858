import ExosphereCore
import Foundation
import Localization
import Mustache

/// One line of the dashboard's recent activity: a sentence, where it links, and how long ago.
struct RecentActivityRow: Sendable, Hashable {
    var text: String
    /// The instance's page; `nil` when there is nothing to open (deleted, or a whole project).
    var url: String?
    /// The theme role that colours the line: `danger` for failures, else the new status's role.
    var role: String
    var ago: String
    var datetime: String

    init(_ entry: RecentActivity.Entry, now: Date, localizer: any MessageLocalizer) {
        let name = entry.instance.map { $0.name.isEmpty ? $0.id : $0.name } ?? ""
        let current = entry.instance.map { StatusPresentation(status: $0.status, taskState: $0.taskState) }
        switch entry.kind {
        case .launched:
            text = localizer.text(LocalizableMessage("{name} was launched in {project}.", ["name": name, "project": entry.project.name]))
        case .changedState(let from):
            let was = localizer.text(StatusPresentation(status: from).label)
            let became = current.map { localizer.text($0.label) } ?? ""
            text = localizer.text(LocalizableMessage("{name} went from {from} to {to}.", ["name": name, "from": was, "to": became]))
        case .deleted:
            text = localizer.text(LocalizableMessage("{name} was deleted.", ["name": name]))
        case .refreshFailed(let reason):
            text = localizer.text(
                LocalizableMessage(
                    "Project {project} on {cloud} could not be refreshed: {reason}",
                    ["project": entry.project.name, "cloud": entry.project.cloud, "reason": reason]))
        }
        switch entry.kind {
        case .launched, .changedState:
            url = entry.instance.map { "/instances/" + PathComponent.encode($0.project.cloud) + "/" + PathComponent.encode($0.id) }
            role = current?.role ?? "muted"
        case .deleted:
            url = nil
            role = "muted"
        case .refreshFailed:
            url = nil
            role = "danger"
        }
        ago = RelativeTime.words(entry.time, now: now, localizer: localizer)
        datetime = RelativeTime.machineReadable(entry.time)
    }
}

// Up to 30 lines on every dashboard request: named lookups instead of reflection.
extension RecentActivityRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "url": url
        case "role": role
        case "ago": ago
        case "datetime": datetime
        default: nil
        }
    }
}
