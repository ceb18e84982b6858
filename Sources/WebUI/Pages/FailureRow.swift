import ExosphereCore
import Localization
import Mustache

/// A cloud or project that could not be read, as the pages show it.
struct FailureRow: Sendable, Hashable {
    var cloud: String
    var project: String?
    var message: String

    static func rows(_ failures: [ListingFailure], localizer: any MessageLocalizer) -> [FailureRow] {
        failures.map { failure in
            let message: String
            if let error = failure.error as? any UserFacingError {
                message = [localizer.text(error.message), error.recovery.map(localizer.text)].compactMap { $0 }.joined(separator: " ")
            } else {
                message = localizer.text(LocalizableMessage("The cloud could not be reached."))
            }
            return FailureRow(cloud: failure.cloud, project: failure.project?.name, message: message)
        }
    }
}

extension FailureRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cloud": cloud
        case "project": project
        case "message": message
        default: nil
        }
    }
}
