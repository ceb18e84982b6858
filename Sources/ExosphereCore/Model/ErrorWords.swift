import Localization
import Logging

/// Errors as words for people where only text can go (a `server watch` line, a failed step).
enum ErrorWords {
    /// What a person reads for an error that cannot explain itself: a library's description (a
    /// type name, a Foundation domain and code) means nothing to them.
    static let unexplained = "an unexpected error (its details are in the debug log)"

    /// A user-facing error's message and hint; any other error as ``unexplained``, with its
    /// description logged at debug level.
    static func describe(_ error: any Error, logger: Logger) -> String {
        if let error = error as? any UserFacingError { return error.description }
        logger.debug("unexpected error", metadata: ["error": "\(String(describing: error))"])
        return unexplained
    }
}
