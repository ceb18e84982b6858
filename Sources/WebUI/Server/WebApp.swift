import CloudConfig
public import ExosphereCore
import Foundation
public import Hummingbird
import HummingbirdCore
import Localization
import PluginModel
public import Logging
import Crypto
public import SessionDatabase
import Theming

/// The web UI: routes, sessions, CSRF, themes and templates, ready to serve or to test.
///
/// ```swift
/// let app = try WebApp(configuration: configuration, sharedWorkspace: workspace, logger: logger)
/// try await app.application().runService()
/// ```
public struct WebApp: Sendable {
    /// How it runs.
    public let configuration: WebUIConfiguration
    /// Renders pages for every area.
    let pages: PageResponder
    /// The extensions, and what they may do for whoever uses this server.
    let extensionAccess: ExtensionAccess
    /// The dashboard's body as last rendered, per page content and language.
    let dashboardBodies = RenderedBodyCache<DashboardPage>()
    /// The dashboard's usage bars as last made, per figures and language.
    let dashboardUsage = DashboardPage.UsageRowCache()
    /// Extension cards' HTML by view model: most dashboards show the cards of a moment ago.
    let cardHTML = RecentlyUsedCache<ViewNode, String>(limit: 32)
    let themes: ThemeStore
    let store: SessionStore
    let sharedWorkspace: CloudWorkspace?
    let assets: StaticAssets
    let logger: Logger
    /// The port bound, once listening: on loopback, form posts must come from it.
    let listening = ListeningPort()
    let connections: ConnectionLimiter
    /// Set once the server is asked to stop; `/readyz` then answers 503.
    let drain = DrainState()

    /// Loads the templates and the session key.
    ///
    /// - Parameters:
    ///   - sharedWorkspace: On loopback, the clouds every browser shares (the local user's, from
    ///     clouds.yaml). Ignored in multi-user mode, where each session starts with none.
    /// - Throws: ``WebUIError`` when the templates are missing or one does not parse, the key
    ///   cannot be kept, or multi-user mode has no usable public address.
    public init(configuration: WebUIConfiguration, sharedWorkspace: CloudWorkspace?, logger: Logger) throws {
        try self.init(configuration: configuration, sharedWorkspace: sharedWorkspace, hosted: nil, logger: logger)
    }

    /// A replica of a hosted server: sessions in `database` (started and migrated), sealed and
    /// signed with the key every replica reads from it.
    ///
    /// - Throws: ``WebUIError`` as ``init(configuration:sharedWorkspace:logger:)`` does, and
    ///   ``SessionDatabaseError`` when the database cannot be prepared.
    public static func hosted(configuration: WebUIConfiguration, database: SessionDatabase, logger: Logger) async throws -> WebApp {
        guard configuration.isMultiUser else { throw WebUIError.hostedNeedsMultiUser }
        database.start()
        try await database.prepare()
        let key = SymmetricKey(data: try await database.serverKey(named: "sessions"))
        return try WebApp(configuration: configuration, sharedWorkspace: nil, hosted: (database, key), logger: logger)
    }

    private init(
        configuration: WebUIConfiguration, sharedWorkspace: CloudWorkspace?, hosted: (database: SessionDatabase, key: SymmetricKey)?,
        logger: Logger
    ) throws {
        if let publicURL = configuration.publicURL, OriginPolicy.origin(of: publicURL) == nil || !["", "/"].contains(publicURL.path) {
            throw WebUIError.invalidPublicAddress(publicURL.absoluteString)
        }
        if configuration.isMultiUser, configuration.publicURL == nil {
            throw WebUIError.publicAddressRequired(host: configuration.host)
        }
        self.configuration = configuration
        connections = ConnectionLimiter(
            maximumPerClient: configuration.limits.maximumConnectionsPerClient,
            exempt: TrustedProxies(networks: configuration.settings.hosting.trustedProxies))
        self.logger = logger
        guard FileManager.default.fileExists(atPath: configuration.resources.templates.appendingPathComponent("layout.mustache").path) else {
            throw WebUIError.templatesMissing(path: configuration.resources.templates.path)
        }
        let renderer = try TemplateRenderer(
            directory: configuration.resources.templates, reloads: configuration.resources.reloads, checkInterval: .seconds(1))
        themes = ThemeStore(directory: configuration.themesDirectory)
        pages = PageResponder(renderer: renderer, themes: themes, configuration: configuration)
        extensionAccess = ExtensionAccess(configuration)
        assets = StaticAssets(directory: configuration.resources.staticFiles, reloads: configuration.resources.reloads)
        let key = try hosted?.key ?? SessionKey.loadOrCreate(at: configuration.sessionKeyPath)
        let settings = configuration.settings
        let shared =
            configuration.isMultiUser
            ? nil : (sharedWorkspace ?? CloudWorkspace(sessions: CloudSessions.open([], settings: settings, logger: logger), logger: logger))
        self.sharedWorkspace = shared
        if let extensions = configuration.extensions {
            // Plugins follow the shared clouds only: in multi-user mode no session's instances
            // are shown to code that serves every session.
            shared?.observeStores { extensions.follow($0) }
        }
        // Visitors' calls go only where the operator allows: never to the server's own neighbours.
        let visitorActivity = configuration.limits.activityRecordsPerVisitor
        store = SessionStore(
            key: key, sharedWorkspace: shared, limiter: NewSessionLimiter(burst: configuration.limits.newSessionBurst), database: hosted?.database
        ) {
            CloudWorkspace(
                sessions: CloudSessions.open(
                    [], settings: settings, logger: logger, for: .visitor, activityCapacity: visitorActivity),
                logger: logger)
        }
    }

    /// Problems with the themes worth telling the operator at start-up: themes that do not load,
    /// unknown tokens, and colour pairs below their WCAG contrast minimum.
    public func themeReport() -> [String] {
        var lines: [String] = []
        for name in themes.loader.availableThemes() {
            do {
                let theme = try themes.entry(name).theme
                lines += theme.warnings
                lines += ContrastCheck.findings(for: theme).map(\.description)
            } catch {
                lines.append("theme \(name): \(error)")
            }
        }
        return lines
    }

    /// The router with every page, asset and middleware.
    public func router() -> Hummingbird.Router<WebRequestContext> {
        let router = Hummingbird.Router(context: WebRequestContext.self)
        router.add(middleware: MethodGate())
        if configuration.metrics != nil { router.add(middleware: MetricsMiddleware()) }
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(pages: pages))
        router.add(
            middleware: SessionMiddleware(
                store: store, accessToken: configuration.accessToken,
                origins: OriginPolicy(publicURL: configuration.publicURL, host: configuration.host, listening: listening),
                secureCookie: configuration.servesHTTPS, limits: configuration.limits,
                proxies: connections.exempt,
                uploads: UploadPolicy(
                    paths: [ResourceRoutes.imageUploadPath], maximumBytes: configuration.maximumUploadBytes,
                    gate: UploadGate(maximumInFlight: configuration.limits.maximumUploadBytesInFlight))))
        router.add(middleware: SingleSignOnRenewal())
        // One area per route collection under Routes/, in the order the routes were always added in.
        router.addRoutes(HealthRoutes(pages: pages, database: store.database, drain: drain).routes())
        router.addRoutes(MetricsRoutes(registry: configuration.metrics, token: configuration.settings.hosting.metricsToken, store: store).routes())
        let providers = ProviderAccess(configuration)
        let panels = ExtensionPanels(
            access: extensionAccess, language: pages.language, cardBudget: configuration.extensionCardBudget, cardHTML: cardHTML)
        router.addRoutes(
            AssetRoutes(
                assets: assets, themes: themes, reloads: configuration.resources.reloads, extensionCSS: extensionAccess.themeCSS
            ).routes())
        router.addRoutes(
            DashboardRoutes(pages: pages, providers: providers, panels: panels, bodies: dashboardBodies, usageRows: dashboardUsage).routes())
        router.addRoutes(InstancePageRoutes(pages: pages, providers: providers, panels: panels).routes())
        router.addRoutes(ActivityRoutes(pages: pages).routes())
        router.addRoutes(AboutRoutes(pages: pages, text: configuration.aboutText).routes())
        router.addRoutes(
            SettingsRoutes(
                pages: pages, themes: themes, defaultTheme: configuration.defaultTheme, extensionAccess: extensionAccess, store: store,
                isMultiUser: configuration.isMultiUser
            ).routes())
        router.addRoutes(
            CloudRoutes(
                pages: pages, store: store, isMultiUser: configuration.isMultiUser, hosting: configuration.settings.hosting, secureCookie: configuration.servesHTTPS,
                extensionAccess: extensionAccess, providers: providers
            ).routes())
        router.addRoutes(SessionRoutes(store: store, secureCookie: configuration.servesHTTPS).routes())
        router.addRoutes(
            SingleSignOnRoutes(
                signIn: CloudSignIn(pages: pages, store: store, secureCookie: configuration.servesHTTPS, extensionAccess: extensionAccess),
                hosting: configuration.settings.hosting,
                origins: OriginPolicy(publicURL: configuration.publicURL, host: configuration.host, listening: listening),
                requiresAdmission: configuration.accessToken != nil
            ).routes())
        router.addRoutes(
            LaunchRoutes(
                pages: pages, launchSettings: configuration.settings.launch, vault: configuration.passphraseVault,
                extensionAccess: extensionAccess, logger: logger
            ).routes())
        router.addRoutes(InstanceActionRoutes(pages: pages, launchSettings: configuration.settings.launch).routes())
        router.addRoutes(
            ResourceRoutes(pages: pages, launchSettings: configuration.settings.launch, maximumUploadBytes: configuration.maximumUploadBytes)
                .routes())
        router.addRoutes(LiveRoutes(pages: pages).routes())
        router.addRoutes(CredentialRoutes(pages: pages).routes())
        if let extensionRoutes = ExtensionRoutes(pages: pages, access: extensionAccess, pageBudget: configuration.extensionPageBudget) {
            router.addRoutes(extensionRoutes.routes())
        }
        if let providerRoutes = ProviderRoutes(pages: pages, providers: providers, pageBudget: configuration.extensionPageBudget) {
            router.addRoutes(providerRoutes.routes())
        }
        return router
    }

    /// A Hummingbird application serving ``router()`` on the configured address, with the
    /// connection limits of ``ServingLimits``.
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let limits = configuration.limits
        let connections = self.connections
        let listening = self.listening
        let maximum = limits.effectiveMaximumConnections(descriptorLimit: DescriptorLimit.current)
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [connections.handler()],
                    idleTimeout: .nanoseconds(limits.idleTimeout.nanosecondsClamped))),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(maximum)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                listening.set(port)
                await onServerRunning(port)
            },
            logger: logger)
    }

    /// Closes the HTTP clients of the shared clouds and of every session's own; call once, after
    /// the server stopped.
    public func close() async {
        await sharedWorkspace?.close()
        for workspace in store.ownedWorkspaces() {
            await workspace.close()
        }
        await store.database?.stop()
    }
}
