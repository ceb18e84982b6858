import ArgumentParser
import Localization

/// Turns failures into words on standard error and a conventional exit status.
///
/// Exit statuses: 0 success; 1 the cloud or the configuration refused (the message says why);
/// 64 bad command-line usage (argument-parser's convention for validation errors).
enum ErrorReport {
    /// Runs `body`; a user-facing error is printed as `error: …` plus a `hint: …` line and becomes
    /// exit status 1. Other errors pass through to argument-parser.
    static func guarding<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as any UserFacingError {
            print(error)
            throw ExitCode.failure
        }
    }

    /// Prints a user-facing error to standard error, in the language of the user's locale.
    ///
    /// A message can carry a cloud's own words (its error text, a server's name): each line is
    /// escaped whole (``TerminalText``), line breaks included, so the message stays one line and
    /// a cloud cannot forge a `hint:` of its own.
    static func print(_ error: any UserFacingError, prefix: String = "error") {
        Console.err(TerminalText.escaped("\(prefix): \(MessageLanguage.localizer.text(error.message))"))
        if let recovery = error.recovery {
            Console.err(TerminalText.escaped("hint: \(MessageLanguage.localizer.text(recovery))"))
        }
    }
}
