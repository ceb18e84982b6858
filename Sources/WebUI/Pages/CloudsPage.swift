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

    /// A cloud the operator offers, with its own sign-in form.
    struct OfferedRow: Sendable {
        var name: String
        /// For the form's element ids: `offered-<position>`.
        var key: String
        var password: Bool
        var credential: Bool
        /// Whether the person picks the method (the cloud allows both).
        var choosesMethod: Bool
        /// The one method, when there is no choice.
        var onlyMethod: String?
        /// Whether it offers single sign-on, and the link that starts it (without its form token).
        var singleSignOn: Bool
        var singleSignOnLink: String
        /// Whether it offers a method with a form (password or application credential).
        var hasForm: Bool
    }

    var clouds: [CloudRow]
    var multiUser: Bool
    /// The clouds this server offers (`hosting.clouds`).
    var offered: [OfferedRow] = []
    /// Whether the forms for any other cloud are offered (`hosting.visitor_clouds`).
    var visitorClouds = true
    /// Providers from plugins beside the clouds, when any is registered.
    var providers: ProvidersSection?

    /// - Parameter singleSignOn: The clouds signed in to by single sign-on (with a token from it).
    init(profiles: [CloudProfile], multiUser: Bool, singleSignOn: Set<String> = [], localizer: any MessageLocalizer) {
        clouds = profiles.map { profile in
            let method: LocalizableMessage
            switch profile.auth {
            case .password: method = LocalizableMessage("password")
            case .applicationCredential: method = LocalizableMessage("application credential")
            case .token where singleSignOn.contains(profile.name): method = LocalizableMessage("single sign-on")
            case .token: method = LocalizableMessage("token")
            case .webSingleSignOn: method = LocalizableMessage("single sign-on")
            }
            // In multi-user mode no path on the server is shown.
            let source: String
            switch profile.source {
            case CloudImport.webSource: source = localizer.text(LocalizableMessage("added here"))
            case CloudImport.offeredSource: source = localizer.text(LocalizableMessage("offered by this server"))
            case .file(let path) where !multiUser: source = path
            case .environment where !multiUser: source = localizer.text(LocalizableMessage("environment variables"))
            default: source = localizer.text(LocalizableMessage("the server's configuration"))
            }
            return CloudRow(
                name: profile.name, authURL: profile.authURL.absoluteString, method: localizer.text(method), source: source)
        }
        self.multiUser = multiUser
    }

    /// Shows `hosting`'s offered clouds, each with a form for the methods it allows, and the other
    /// clouds' forms only when visitors may add their own.
    mutating func offer(_ hosting: HostingSettings) {
        offered = hosting.clouds.enumerated().map { position, cloud in
            let password = cloud.signIn.contains(.password)
            let credential = cloud.signIn.contains(.applicationCredential)
            let formMethod = cloud.signIn.first { $0 != .singleSignOn }
            let name = cloud.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return OfferedRow(
                name: cloud.name, key: "offered-\(position)", password: password, credential: credential,
                choosesMethod: password && credential, onlyMethod: password && credential ? nil : formMethod?.rawValue,
                singleSignOn: cloud.signIn.contains(.singleSignOn), singleSignOnLink: "/sso/start?cloud=" + name,
                hasForm: formMethod != nil)
        }
        visitorClouds = hosting.visitorClouds
    }

    var isEmpty: Bool { clouds.isEmpty }
    var hasOffered: Bool { !offered.isEmpty }
}
