import CloudConfig
import Crypto
import ExosphereCore
import Foundation
import Hummingbird
import Localization
import NIOCore
import PluginModel

extension WebApp {
    /// The plugins page, plugin pages, and plugin instance actions; nothing when the app has no
    /// ``WebUIConfiguration/extensions``.
    func addExtensionRoutes(to router: Router<WebRequestContext>) {
        guard let extensions = configuration.extensions else { return }
        router.get("/plugins") { request, context -> Response in
            guard self.mayListPlugins(context) else { throw WebUIError.notFound(request.uri.path) }
            let locale = self.extensionLocale(for: request, session: context.session)
            async let statuses = extensions.statuses()
            async let pages = extensions.pages(locale: locale)
            let page = PluginsPage(statuses: await statuses, pages: await pages, localizer: self.localizer(for: request, session: context.session))
            return try self.page("plugins", title: LocalizableMessage("Plugins"), section: .settings, page: page, request: request, context: context)
        }
        router.get("/plugins/:plugin/:page") { request, context -> Response in
            let localizer = self.localizer(for: request, session: context.session)
            let locale = self.extensionLocale(for: request, session: context.session)
            let pages = await extensions.pages(locale: locale)
            guard let item = pages.first(where: { $0.plugin == context.parameters.text("plugin") && $0.id == context.parameters.text("page") }) else {
                if let plugin = context.parameters.text("plugin"), let name = context.parameters.text("page"),
                    let asset = await extensions.asset(plugin: plugin, name: name)
                {
                    return Response(
                        status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=300"],
                        body: .init(byteBuffer: ByteBuffer(bytes: asset.data)))
                }
                throw WebUIError.notFound(request.uri.path)
            }
            let extensionContext = ExtensionContext(
                locale: locale, viewer: self.servesThisVisitor(item.plugin) ? await self.viewer(of: context.session) : nil)
            let content = await ExtensionRendering.render([item], budget: self.configuration.extensionPageBudget, localizer: localizer) {
                try await extensions.renderPage($0, context: extensionContext)
            }
            guard let first = content.first else { throw WebUIError.notFound(request.uri.path) }
            return try self.page(
                "plugin-page", title: LocalizableMessage("{title}", ["title": item.title]), section: .none,
                page: ExtensionPage(content: first), request: request, context: context)
        }
        router.post("/instances/:cloud/:id/plugin-actions/:plugin/:action") { request, context -> Response in
            let (_, instance, detailURL) = try await Self.findInstance(request, context)
            let localizer = self.localizer(for: request, session: context.session)
            let locale = self.extensionLocale(for: request, session: context.session)
            let actions = await extensions.instanceActions(locale: locale).filter { self.servesThisVisitor($0.plugin) }
            guard let action = actions.first(where: { $0.plugin == context.parameters.text("plugin") && $0.id == context.parameters.text("action") }) else {
                throw WebUIError.notFound(request.uri.path)
            }
            do {
                let outcome = try await extensions.runAction(action, on: instance, context: ExtensionContext(locale: locale))
                let result = outcome.message ?? localizer.text(outcome.isError ? LocalizableMessage("it failed.") : LocalizableMessage("done."))
                context.session?.notify(
                    localizer.text(LocalizableMessage("{action}: {result}", ["action": action.title, "result": result])), isError: outcome.isError)
            } catch {
                context.session?.notify(
                    localizer.text(LocalizableMessage("{action} failed: {reason}", ["action": action.title, "reason": Self.describe(error, localizer: localizer)])),
                    isError: true)
            }
            return Self.redirect(detailURL)
        }
    }

    /// The dashboard's extension cards, rendered concurrently within the card budget; `nil`
    /// when there are none.
    func extensionCards(request: Request, context: WebRequestContext) async -> ExtensionCardsSection? {
        guard let extensions = configuration.extensions else { return nil }
        let localizer = localizer(for: request, session: context.session)
        let locale = extensionLocale(for: request, session: context.session)
        let cards = await extensions.dashboardCards(locale: locale)
        guard !cards.isEmpty else { return nil }
        let viewer = await viewer(of: context.session)
        let served = Set(cards.map(\.plugin).filter(servesThisVisitor))
        let contextFor: @Sendable (ExtensionItem) -> ExtensionContext = { card in ExtensionContext(locale: locale, viewer: served.contains(card.plugin) ? viewer : nil) }
        let html = cardHTML
        let rendered = await ExtensionRendering.render(
            cards, budget: configuration.extensionCardBudget, localizer: localizer,
            ready: { extensions.cachedCard($0, context: contextFor($0)) },
            html: { node in html.value(for: node) { ViewNodeHTML.render(node) } }
        ) {
            try await extensions.renderCard($0, context: contextFor($0))
        }
        return ExtensionCardsSection(cards: rendered)
    }

    /// The instance page's extension actions; `nil` when there are none.
    func extensionActions(detailURL: String, request: Request, context: WebRequestContext) async -> ExtensionActionsPanel? {
        guard let extensions = configuration.extensions else { return nil }
        let actions = await extensions.instanceActions(locale: extensionLocale(for: request, session: context.session)).filter {
            servesThisVisitor($0.plugin)
        }
        return actions.isEmpty ? nil : ExtensionActionsPanel(actions: actions, detailURL: detailURL)
    }

    /// The shell-script cloud-init parts extensions add to a launch, as setup steps.
    func extensionSetupParts(instanceName: String, cloud: String) async -> [SetupPart] {
        guard let extensions = configuration.extensions else { return [] }
        return await extensions.cloudInitParts(instanceName: instanceName, cloud: cloud).filter { servesThisVisitor($0.plugin) }
            .compactMap(\.setupPart)
    }

    /// Whether this visitor may see which plugins run and what they lack (secret names among it):
    /// that is the operator's business, so in multi-user mode only someone signed in to a cloud.
    func mayListPlugins(_ context: WebRequestContext) -> Bool {
        !configuration.isMultiUser || !(context.session?.workspace.sessions.sessions.isEmpty ?? true)
    }

    /// Whether `plugin`'s instance actions and cloud-init parts may act for whoever uses this
    /// server: always on loopback (the one person is the operator); in multi-user mode only when
    /// the operator opted in with `serves_visitors`, since they run with the operator's secrets.
    /// Who is viewing, for plugins that may know: an anonymous id derived from the session and
    /// the clouds and projects it sees.
    func viewer(of session: BrowserSession?) async -> ExtensionViewer? {
        guard let session else { return nil }
        let digest = SHA256.hash(data: Data(("exosphere-viewer:" + session.id).utf8))
        let id = digest.prefix(8).map { String(format: "%02x", $0) }.joined()
        let clouds = session.workspace.sessions.sessions.map(\.profile.name)
        let projects = clouds.isEmpty ? [] : await session.workspace.liveInstances().watchedProjects()
            .map { ExtensionViewer.Project(cloud: $0.cloud, id: $0.id, name: $0.name) }
        return ExtensionViewer(id: id, clouds: clouds, projects: projects)
    }

    func servesThisVisitor(_ plugin: String) -> Bool {
        !configuration.isMultiUser || configuration.settings.plugins.plugins[plugin]?.servesVisitors == true
    }

    /// The language extensions render in: the person's choice (which may be a language only a
    /// plugin ships), else the negotiated one.
    func extensionLocale(for request: Request, session: BrowserSession?) -> String {
        session?.preferences.language ?? localizer(for: request, session: session).languageTag
    }

    /// Tells extensions a cloud was signed in to. Only for the shared clouds: in multi-user mode
    /// extensions hear of no session's clouds (as they follow only the shared store).
    func tellExtensions(signedIn login: ExtensionLogin) {
        guard !configuration.isMultiUser else { return }
        configuration.extensions?.cloudSignedIn(login)
    }

    /// Tells extensions the dashboard was rendered with `summary`'s counts, in the language
    /// extensions render in; shared clouds only, as for ``tellExtensions(signedIn:)``.
    func tellExtensions(rendered summary: InstanceSummary, request: Request, context: WebRequestContext) {
        guard !configuration.isMultiUser, let extensions = configuration.extensions else { return }
        extensions.dashboardRendered(
            ExtensionDashboardRender(
                total: summary.total, statuses: summary.statuses.map { .init(status: $0.status, count: $0.count) },
                locale: extensionLocale(for: request, session: context.session)))
    }

    /// The theme tokens extensions add, as a CSS rule (empty without extensions).
    func extensionThemeCSS() -> String {
        configuration.extensions.map { ExtensionThemeCSS.css($0.chrome(locale: nil).themeTokens) } ?? ""
    }
}
