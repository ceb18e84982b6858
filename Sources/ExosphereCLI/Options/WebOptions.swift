import ArgumentParser
import CloudConfig
import ExosphereCore
import Foundation
import Localization
import Logging
import PluginHost
import PluginWeb
import SessionDatabase
import WebUI

/// Options shared by `serve` and `demo` for the web UI, and the code that starts it.
struct WebOptions: ParsableArguments {
    @Option(
        name: .customLong("bind"),
        help: ArgumentHelp(
            "Address to listen on (default: ui: bind in the settings file, else 127.0.0.1); anything but loopback turns on multi-user mode.",
            valueName: "address"))
    var bind: String?
    @Option(
        name: .customLong("theme"),
        help: ArgumentHelp("The theme people see until they choose one (default: ui: theme, else default).", valueName: "name"))
    var theme: String?
    @Option(
        name: .customLong("themes"),
        help: ArgumentHelp("The themes folder (default: the installed themes, or the themes/ of the checkout it was built in).", valueName: "path"))
    var themesDirectory: String?
    @Flag(
        name: .customLong("dev"),
        help: "Development: read templates and CSS from this source checkout and show edits on the next page load (also EXOSPHERE_DEV=1).")
    var development = false
    @Option(name: .customLong("about-file"), help: ArgumentHelp("A text file shown on the About page.", valueName: "path"))
    var aboutFile: String?
    @Option(
        name: .customLong("max-upload-mib"),
        help: ArgumentHelp("The largest image file the Images page accepts, in MiB; it is spooled to a temporary file.", valueName: "MiB"))
    var maximumUploadMiB: Int64 = 8192
    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp(
            "The address people open, such as https://exosphere.example.org; needed with --bind beyond loopback.", valueName: "url"))
    var publicURL: String?
    @Option(
        name: .customLong("drain-seconds"),
        help: ArgumentHelp(
            "On SIGTERM, how long /readyz answers 503 while pages are still served, so a load balancer moves people away first (default 5 in multi-user mode, 0 on loopback).",
            valueName: "seconds"))
    var drainSeconds: Int?

    func validate() throws {
        guard maximumUploadMiB > 0, maximumUploadMiB <= 1 << 30 else {
            throw ValidationError("--max-upload-mib must be between 1 and \(1 << 30).")
        }
        if let drainSeconds, !(0...300).contains(drainSeconds) {
            throw ValidationError("--drain-seconds must be between 0 and 300.")
        }
    }

    /// How long `server` drains before it stops (see `--drain-seconds`).
    func drain(for server: WebServer) -> Duration {
        .seconds(drainSeconds ?? (server.isMultiUser ? 5 : 0))
    }

    /// Builds the app, reports theme problems to standard error, starts listening and prints the URL.
    func start(port: Int, profiles: [CloudProfile], settings: ExosphereSettings) async throws -> WebServer {
        MemoryArenas.limitForServer()
        let logger = Logger(label: "exosphere.webui")
        let home = CloudConfigSources.current().homeDirectory
        // Installed files only, never the working directory's: whoever can write where the server
        // was started must not restyle what its users see.
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "exosphere")
        let themes =
            themesDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? WebResources.installedThemes(beside: executable)
            ?? URL(fileURLWithPath: "/usr/share/exosphere/themes", isDirectory: true)
        let resources = WebResources.locate(development: development || WebResources.developmentRequested, executable: executable)
        let about = try aboutFile.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        var webSettings = settings
        // Tokens of a long-running server stay in memory; the CLI's disk cache is for short commands.
        webSettings.tokenCache.enabled = false
        // A flag wins over the settings file (ui: bind, ui: theme), which wins over the defaults.
        let bind = self.bind ?? settings.ui.bind
        var configuration = WebUIConfiguration(
            host: bind, port: port, themesDirectory: themes, defaultTheme: theme ?? settings.ui.theme, aboutText: about,
            sessionKeyPath: URL(fileURLWithPath: home).appendingPathComponent(".config/exosphere/webui/session.key").path,
            resources: resources, settings: webSettings)
        configuration.maximumUploadBytes = maximumUploadMiB << 20
        if settings.hosting.metricsToken != nil { configuration.metrics = ProcessMetrics.registry }
        if let publicURL {
            guard let url = URL(string: publicURL) else { throw WebUIError.invalidPublicAddress(publicURL) }
            configuration.publicURL = url
        } else {
            configuration.publicURL = settings.ui.publicURL
        }
        configuration.use(
            WebUIConfiguration.siteCatalogs(
                settings.localization,
                bundledDirectory: MessageCatalogs.bundledDirectory(
                    environment: ProcessInfo.processInfo.environment, executablePath: executable.resolvingSymlinksInPath().path)))
        configuration.extensions = await loadPlugins(settings: settings, home: home)
        // On loopback the shared clouds are the local user's: only a browser that opened the
        // printed address (with its one-run token) gets in, not other accounts on this machine.
        if !configuration.isMultiUser { configuration.accessToken = WebUIConfiguration.makeAccessToken() }
        let shared: CloudWorkspace? =
            configuration.isMultiUser ? nil : CloudWorkspace(sessions: CloudSessions.open(profiles, settings: webSettings, logger: logger), logger: logger)
        let app: WebApp
        do {
            if let sessions = settings.hosting.sessions {
                let database = SessionDatabase(address: try DatabaseAddress(sessions), logger: logger)
                do {
                    app = try await WebApp.hosted(configuration: configuration, database: database, logger: logger)
                } catch {
                    await database.stop()
                    throw error
                }
                Console.err("note: sessions are kept in \(database.address.redacted): start as many replicas as needed behind a load balancer.")
            } else {
                app = try WebApp(configuration: configuration, sharedWorkspace: shared, logger: logger)
            }
        } catch {
            await shared?.close()
            throw error
        }
        for line in app.themeReport() {
            Console.err("warning: \(line)")
        }
        if configuration.isMultiUser {
            Console.err("note: listening on \(bind): multi-user mode, each browser signs in to its own clouds.")
            if !configuration.servesHTTPS {
                Console.err("note: passwords cross the network: serve this only behind an HTTPS reverse proxy, with an https:// --public-url.")
            }
        }
        return WebServer(app: app, logger: logger)
    }

    /// The plugins the settings file enables, loaded; `nil` when none is found. A plugin that does
    /// not load is a warning (its reason shows on /plugins too), never a failure to start.
    private func loadPlugins(settings: ExosphereSettings, home: String) async -> PluginWebExtensions? {
        let plugins = await PluginWebExtensions.load(
            settings: settings.plugins, searchPath: PluginSearchPath.standard(home: home),
            environment: PluginEnvironment(storeDirectory: PluginEnvironment.standardStoreDirectory(home: home)))
        for problem in await plugins.problems() {
            Console.err("warning: plugin \(problem)")
        }
        return await plugins.statuses().isEmpty ? nil : plugins
    }
}
