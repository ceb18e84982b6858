import ExosphereCore
import Localization

/// Turns the rows ticked in the instance list into the instances they name, and a bulk action's
/// pages into their titles.
enum BulkActionPresenter {
    /// Each `cloud/id` key with the listed instance it names, `nil` when none does (any more).
    static func match(_ keys: [String], in listed: [Instance]) -> [(key: String, instance: Instance?)] {
        keys.map { key in
            (key: key, instance: BulkActionPage.split(key).flatMap { cloud, id in listed.first { $0.id == id && $0.project.cloud == cloud } })
        }
    }

    /// The confirmation page's title: how many instances a bulk delete would delete.
    static func confirmationTitle(_ page: BulkActionPage) -> LocalizableMessage {
        LocalizableMessage("Delete {count} instances?", ["count": String(page.rows.count)])
    }

    /// The outcome page's title: the action, how many instances accepted it and how many did not.
    static func resultTitle(_ page: BulkActionPage) -> LocalizableMessage {
        LocalizableMessage(
            "{action}: {accepted} accepted, {other} not",
            ["action": page.actionLabel, "accepted": String(page.acceptedCount), "other": String(page.otherCount)])
    }
}
