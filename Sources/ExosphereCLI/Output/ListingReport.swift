import ArgumentParser
import ExosphereCore
import Localization

/// Reports the parts of a listing that could not be fetched.
enum ListingReport {
    /// Prints each failure as a warning naming the cloud and project; exits with status 1 after the
    /// results have been printed if anything failed, so scripts notice an incomplete answer.
    static func finish<Item>(_ listing: Listing<Item>) throws {
        for failure in listing.failures {
            let place = failure.project.map { "cloud \(failure.cloud), project \($0.name)" } ?? "cloud \(failure.cloud)"
            if let error = failure.error as? any UserFacingError {
                ErrorReport.print(error, prefix: "error: \(place)")
            } else {
                Console.err("error: \(place): \(failure.error)")
            }
        }
        if !listing.failures.isEmpty {
            throw ExitCode.failure
        }
    }
}
