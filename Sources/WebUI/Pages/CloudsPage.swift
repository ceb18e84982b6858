import CloudConfig
import ExosphereCore
import Localization
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
    /// Providers from plugins beside the clouds, when any is registered.
    var providers: ProvidersSection?

    init(profiles: [CloudProfile], multiUser: Bool, localizer: any MessageLocalizer) {
        clouds = profiles.map { profile in
            let method: LocalizableMessage
            switch profile.auth {
            case .password: method = LocalizableMessage("password")
            case .applicationCredential: method = LocalizableMessage("application credential")
            case .token: method = LocalizableMessage("token")
            }
            // In multi-user mode no path on the server is shown.
            let source: String
            switch profile.source {
            case CloudImport.webSource: source = localizer.text(LocalizableMessage("added here"))
            case .file(let path) where !multiUser: source = path
            case .environment where !multiUser: source = localizer.text(LocalizableMessage("environment variables"))
            default: source = localizer.text(LocalizableMessage("the server's configuration"))
            }
            return CloudRow(
                name: profile.name, authURL: profile.authURL.absoluteString, method: localizer.text(method), source: source)
        }
        self.multiUser = multiUser
    }

    var isEmpty: Bool { clouds.isEmpty }
}
