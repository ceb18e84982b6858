import ArgumentParser
import CloudConfig
import ExosphereCore
import Foundation
import Logging
import OpenStackSimulator
import Secrets
import WebUI

/// `exosphere demo`: everything working, with no cloud needed.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start a simulated OpenStack and show Exosphere working against it.",
        discussion: """
            Starts the simulator on 127.0.0.1, writes a clouds.yaml for it, signs in as the demo \
            user and lists what the demo cloud holds. Then it serves the web UI for the demo cloud, \
            prints its address and opens it in your browser (when there is a display and not in \
            CI; $BROWSER chooses the browser), and keeps both running, so you can try the browser \
            and the other commands, until you press Ctrl-C.
            """)

    @Option(help: "TCP port on 127.0.0.1 for the simulated cloud; 0 picks a free one.")
    var port = 0
    @Option(name: .customLong("web-port"), help: "TCP port for the web UI; 0 picks a free one.")
    var webPort = 0
    @Flag(name: .customLong("no-web"), help: "Do not start the web UI.")
    var noWeb = false
    @Flag(name: .customLong("no-browser"), help: "Print the web UI's address without opening it in a browser.")
    var noBrowser = false
    @Flag(
        name: .customLong("sso"),
        help: "Sign in to the web UI by single sign-on, through the simulated cloud's own identity provider, instead of signing in for you.")
    var singleSignOn = false
    @OptionGroup var web: WebOptions
    @Option(
        name: .customLong("clouds-yaml"),
        help: ArgumentHelp("Where to write the demo's clouds.yaml (default: ~/.config/exosphere/demo/clouds.yaml).", valueName: "path"))
    var cloudsYAML: String?
    @OptionGroup var seed: SimulatorSeedOptions

    func run() async throws {
        try await ErrorReport.guarding {
            let server = SimulatorServer(options: seed.simulatorOptions(port: port), logger: Logger(label: "exosphere.simulator"))
            let endpoint = try await server.start()
            let home = CloudConfigSources.current().homeDirectory
            let path = cloudsYAML ?? URL(fileURLWithPath: home).appendingPathComponent(".config/exosphere/demo/clouds.yaml").path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try endpoint.writeCloudsYAML(to: path)
            Console.out("A simulated OpenStack is running at \(endpoint.baseURL)\n")
            let profile = try await showWhatItHolds(cloudsYAML: path)
            var webServer: WebServer?
            if !noWeb {
                var settings = try ExosphereSettings.load(from: CloudConfigSources.current())
                settings.tokenCache.enabled = false
                if singleSignOn { settings.hosting.clouds = [try Self.offeredBySingleSignOn(endpoint)] }
                let webUI = try await web.start(port: webPort, profiles: singleSignOn ? [] : [profile], settings: settings)
                let url = try await webUI.start()
                Console.out("\nThe web UI is at \(url)\n")
                if singleSignOn, let port = url.port {
                    // Keystone's [federation] trusted_dashboard: where the simulator may post tokens.
                    for host in ["127.0.0.1", "localhost"] { await server.trustDashboard("http://\(host):\(port)/sso/callback") }
                    Console.out("Sign in on its Clouds page through the simulated identity provider as \(endpoint.username), password \(endpoint.password.revealed).\n")
                }
                webServer = webUI
                if openInBrowser(url.absoluteString, using: .system()) {
                    Console.out("It is opening in your browser.\n")
                }
            }
            Console.out("""

                Try it from another terminal:
                  export OS_CLIENT_CONFIG_FILE=\(path) OS_CLOUD=simulator
                  swift run exosphere server list
                  swift run exosphere server show <name>
                  swift run exosphere image list
                  swift run exosphere flavor list

                Press Ctrl-C to stop the demo.

                """)
            await TerminationSignal.wait()
            await webServer?.stop()
            await server.stop()
        }
    }

    /// The simulated cloud as a hosted server offers it, by single sign-on only.
    private static func offeredBySingleSignOn(_ endpoint: SimulatorEndpoint) throws -> OfferedCloud {
        guard let authURL = URL(string: endpoint.authURL) else { throw ValidationError("The simulator's address \(endpoint.authURL) is not a URL.") }
        var cloud = OfferedCloud(name: "simulator", authURL: authURL)
        cloud.signIn = [.singleSignOn]
        return cloud
    }

    /// Opens the web UI's address with `opener` unless `--no-browser` was given; returns whether
    /// a browser was started. A missing browser is not an error: the address is printed.
    func openInBrowser(_ url: String, using opener: BrowserOpener) -> Bool {
        guard !noBrowser else { return false }
        return opener.open(url)
    }

    /// Signs in through the written clouds.yaml, exactly as a user's command would, and summarises.
    @discardableResult
    private func showWhatItHolds(cloudsYAML path: String) async throws -> CloudProfile {
        var sources = CloudConfigSources.current()
        sources.environment = ["OS_CLIENT_CONFIG_FILE": path]
        let profile = try CloudConfigLoader(sources: sources).load().select("simulator")
        var settings = try ExosphereSettings.load(from: CloudConfigSources.current())
        settings.tokenCache.enabled = false
        let sessions = CloudSessions.open([profile], settings: settings, logger: Logger(label: "exosphere.demo"))
        let projects = await sessions.listProjects()
        let instances = await sessions.listInstances()
        await sessions.close()
        try ListingReport.finish(projects)
        try ListingReport.finish(instances)
        let byStatus = Dictionary(grouping: instances.items, by: \.status).mapValues(\.count)
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.value) \($0.key)" }
        let activity = sessions.activity()
        Console.out("""
            Signed in as the demo user through \(path)
            \(projects.items.count) projects: \(projects.items.map(\.name).joined(separator: ", "))
            \(instances.items.count) instances: \(byStatus.joined(separator: ", "))
            (\(activity.calls.count) API calls, \(activity.sequentialRoundTrips) sequential round trips)

            """)
        Console.out(InstanceRow.table(Array(instances.items.prefix(10)), showCloud: false))
        if instances.items.count > 10 {
            Console.out("… and \(instances.items.count - 10) more: see `exosphere server list`.\n")
        }
        return profile
    }
}
