import ArgumentParser
import CloudConfig
import ExosphereCore
import Foundation
import Localization
import Logging
import Secrets

/// `exosphere login`: signs in to a cloud that uses single sign-on (`auth_type: v3websso`), in a
/// browser, and keeps the token for the commands that follow, as keystoneauth's `v3websso` does.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in to a cloud that uses single sign-on, in your browser.",
        discussion: """
            For a cloud whose clouds.yaml entry has auth_type: v3websso (with identity_provider and \
            protocol), opens Keystone's single sign-on page in your browser, waits for Keystone to send \
            the token back to http://localhost:PORT/auth/websso/ (which the cloud's Keystone must list \
            in [federation] trusted_dashboard), and keeps it in the token cache: other commands then \
            use it until it expires. If no browser opens, the address to visit is printed.
            """)

    @OptionGroup var cloud: CloudOptions
    @Option(name: .customLong("callback-port"), help: "The loopback port Keystone sends the token to.")
    var callbackPort = 9990
    @Option(name: .customLong("timeout"), help: "Seconds to wait for the sign-in in the browser.")
    var timeoutSeconds = 300

    func validate() throws {
        guard (1...65_535).contains(callbackPort) else { throw ValidationError("--callback-port must be between 1 and 65535.") }
        guard (1...3_600).contains(timeoutSeconds) else { throw ValidationError("--timeout must be between 1 and 3600 seconds.") }
    }

    func run() async throws {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(cloud)
            guard context.profiles.count == 1, let profile = context.profiles.first else { throw LoginError.chooseOneCloud }
            let sessions = CloudSessions.open([profile], settings: context.settings, logger: Logger(label: "exosphere.login"))
            defer { Task { await sessions.close() } }
            guard let session = sessions.sessions.first else { throw LoginError.chooseOneCloud }
            let callback = SingleSignOnCallback(port: callbackPort)
            guard let origin = callback.origin, let address = session.webSingleSignOnURL(origin: origin) else {
                throw CoreError.notSingleSignOn(cloud: profile.name, authType: profile.auth.typeName)
            }
            let token = try await callback.receive(within: .seconds(timeoutSeconds)) {
                let opened = BrowserOpener.system().open(address.absoluteString)
                Console.err(
                    (opened ? "Your browser is opening to sign in to \(profile.name). If it does not, open:\n"
                        : "To sign in to \(profile.name), open this address in a browser on this machine:\n")
                        + "  \(address.absoluteString)\n"
                        + "Waiting for the sign-in (up to \(timeoutSeconds) s)…")
            }
            let signIn = try await session.keepSingleSignOn(Secret(token))
            let until = signIn.expiresAt.formatted(date: .abbreviated, time: .shortened)
            Console.out("Signed in to \(profile.name) as \(signIn.user), until \(until).\n")
        }
    }
}

/// What can stop `exosphere login` before Keystone has its say.
enum LoginError: UserFacingError, Equatable {
    /// Several clouds are configured and none was named.
    case chooseOneCloud
    /// The browser did not come back in time.
    case timedOut(Duration)
    /// The loopback listener stopped (its port was taken).
    case listenerStopped(port: Int)

    var message: LocalizableMessage {
        switch self {
        case .chooseOneCloud:
            LocalizableMessage("Several clouds are configured, and exosphere login signs in to one.")
        case .timedOut(let timeout):
            LocalizableMessage("No sign-in came back from the browser within {seconds} seconds.", ["seconds": String(timeout.components.seconds)])
        case .listenerStopped(let port):
            LocalizableMessage("Exosphere could not listen on localhost port {port} for the sign-in.", ["port": String(port)])
        }
    }

    var recovery: LocalizableMessage? {
        switch self {
        case .chooseOneCloud:
            LocalizableMessage("Name the cloud with --os-cloud.")
        case .timedOut:
            LocalizableMessage("Run exosphere login again and finish the sign-in in the browser, or give more time with --timeout.")
        case .listenerStopped:
            LocalizableMessage("Stop the program using that port (another exosphere login, perhaps) and try again.")
        }
    }
}
