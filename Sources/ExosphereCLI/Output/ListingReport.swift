import ArgumentParser
import ExosphereCore
import Localization
import Logging

/// Reports the parts of a listing that could not be fetched.
enum ListingReport {
    /// Prints each failure as a warning naming the cloud and project; exits with status 1 after the
    /// results have been printed if anything failed, so scripts notice an incomplete answer.
    ///
    /// An error that cannot explain itself is not printed as its type's description (a library's
    /// words mean nothing to a person); it goes to the debug log instead.
    static func finish<Item>(_ listing: Listing<Item>) throws {
        for failure in listing.failures {
            let place = failure.project.map { "cloud \(failure.cloud), project \($0.name)" } ?? "cloud \(failure.cloud)"
            if let error = failure.error as? any UserFacingError {
                ErrorReport.print(error, prefix: "error: \(place)")
            } else {
                Logger(label: "exosphere.cli").debug("listing failed", metadata: ["error": "\(String(describing: failure.error))"])
                Console.err(TerminalText.escaped("error: \(place): the listing stopped on an unexpected error"))
                Console.err("hint: run again with EXOSPHERE_LOG_LEVEL=debug to see it, and report it if it keeps happening")
            }
        }
        if !listing.failures.isEmpty {
            throw ExitCode.failure
        }
    }
}
