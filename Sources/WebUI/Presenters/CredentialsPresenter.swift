import ExosphereCore
import Foundation
import Localization

/// Turns the projects a person can reach into the credential export form.
enum CredentialsPresenter {
    /// The form: every project listed, the clouds that could not list theirs, and a default name
    /// stamped with `now`.
    static func page(_ listing: Listing<ProjectSummary>, now: Date, localizer: any MessageLocalizer) -> CredentialsPage {
        CredentialsPage(
            projects: listing.items, failures: FailureRow.rows(listing.failures, localizer: localizer),
            suggestedName: "exosphere-" + stamp(now))
    }

    /// A compact UTC timestamp for a default credential name, such as `20261125-2014`.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        return formatter.string(from: date)
    }
}
