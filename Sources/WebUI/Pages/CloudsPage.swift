import CloudConfig
import ExosphereCore
import Foundation

/// The clouds this person works with, and the forms to add one.
struct CloudsPage: Sendable {
    struct CloudRow: Sendable {
        var name: String
        var authURL: String
        var method: String
        var source: String
    }

    var clouds: [CloudRow]
    var multiUser: Bool

    init(profiles: [CloudProfile], multiUser: Bool) {
        clouds = profiles.map { profile in
            let method: String
            switch profile.auth {
            case .password: method = "password"
            case .applicationCredential: method = "application credential"
            case .token: method = "token"
            }
            // In multi-user mode no path on the server is shown.
            let source: String
            switch profile.source {
            case .file(let path) where !multiUser: source = path
            case .environment where !multiUser: source = "environment"
            default: source = "web"
            }
            return CloudRow(name: profile.name, authURL: profile.authURL.absoluteString, method: method, source: source)
        }
        self.multiUser = multiUser
    }

    var isEmpty: Bool { clouds.isEmpty }
}
