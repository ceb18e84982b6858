import ExosphereCore
import Localization

extension MessageLocalizer {
    /// An error in words: its own message and what to do when it has them, else a general sentence.
    func describe(_ error: any Error) -> String {
        guard let error = error as? any UserFacingError else {
            return text(LocalizableMessage("The cloud refused the request."))
        }
        return text(error.message) + (error.recovery.map { " " + text($0) } ?? "")
    }
}
