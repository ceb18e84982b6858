import ExosphereCore
import Localization

/// The instance list's bulk actions: which actions it offers, the confirmation page a bulk delete
/// shows first, and the page of per-instance outcomes.
struct BulkActionPage: Sendable {
    /// One instance on the confirmation or outcome page.
    struct Row: Sendable {
        /// `cloud/id`, as the list's checkboxes send it.
        var key: String
        var name: String
        var detailURL: String
        /// What happened, in words; empty on the confirmation page.
        var outcome: String
        /// The theme role colouring the outcome: `success` or `danger`.
        var role: String
        var accepted: Bool
    }

    /// What happened to one instance.
    enum Outcome: Sendable {
        /// The cloud accepted the request.
        case accepted
        /// The action matrix refused it; the reason in its words.
        case refused(ActionRefusal)
        /// The instance is no longer in the list.
        case missing
        /// The cloud refused or could not be reached; the error in words.
        case failed(String)
    }

    /// The actions the list offers for several instances at once.
    static let actions: [InstanceAction] = [.start, .stop, .softReboot, .shelve, .unshelve, .delete]

    /// The most instances one bulk post may name (the list shows 100 per page).
    static let maximumSelection = 500

    var action: String
    var actionLabel: String
    var rows: [Row]
    /// The list page the person came from, with its search, filters and sort.
    var returnURL: String
    var acceptedCount: Int
    var otherCount: Int

    /// The outcome page.
    init(action: InstanceAction, outcomes: [(key: String, instance: Instance?, outcome: Outcome)], returnURL: String, localizer: any MessageLocalizer) {
        self.action = action.rawValue
        actionLabel = localizer.text(ActionWords.label(action))
        rows = outcomes.map { key, instance, outcome in
            let row = instance.map { InstanceRow($0, localizer: localizer) }
            let words: String
            switch outcome {
            case .accepted: words = localizer.text(LocalizableMessage("Accepted: the cloud is working on it."))
            case .refused(let refusal): words = localizer.text(ActionWords.reason(refusal))
            case .missing: words = localizer.text(LocalizableMessage("Not found; it may have been deleted meanwhile."))
            case .failed(let text): words = text
            }
            let accepted = if case .accepted = outcome { true } else { false }
            return Row(
                key: key, name: row?.name ?? key, detailURL: row?.detailURL ?? "/instances", outcome: words,
                role: accepted ? "success" : "danger", accepted: accepted)
        }
        self.returnURL = returnURL
        acceptedCount = rows.filter(\.accepted).count
        otherCount = rows.count - acceptedCount
    }

    /// The confirmation page of a bulk delete.
    init(confirmingDeletionOf instances: [(key: String, instance: Instance)], returnURL: String, localizer: any MessageLocalizer) {
        action = InstanceAction.delete.rawValue
        actionLabel = localizer.text(ActionWords.label(.delete))
        rows = instances.map { key, instance in
            let row = InstanceRow(instance, localizer: localizer)
            return Row(key: key, name: row.name, detailURL: row.detailURL, outcome: "", role: "", accepted: false)
        }
        self.returnURL = returnURL
        acceptedCount = 0
        otherCount = 0
    }

    /// The bulk action a form names, if the list offers it.
    static func action(named name: String?) -> InstanceAction? {
        name.flatMap(InstanceAction.init(rawValue:)).flatMap { actions.contains($0) ? $0 : nil }
    }

    /// The cloud and instance id of a checkbox value `cloud/id` (ids hold no slash; names may).
    static func split(_ key: String) -> (cloud: String, id: String)? {
        guard let slash = key.lastIndex(of: "/") else { return nil }
        let cloud = String(key[..<slash])
        let id = String(key[key.index(after: slash)...])
        return cloud.isEmpty || id.isEmpty ? nil : (cloud, id)
    }

    /// Where to go back to: the list address the form sent, if it is one.
    static func returnURL(_ value: String?) -> String {
        guard let value, value == "/instances" || value.hasPrefix("/instances?") else { return "/instances" }
        return value
    }
}
