import ExosphereCore
import Hummingbird
import Localization
import NIOCore
import PluginModel

/// The plugins page, plugin pages and their assets, and plugin instance actions.
struct ExtensionRoutes: Sendable {
    let pages: PageResponder
    let extensions: any WebExtensions
    /// Who may see the plugin list, which plugins act for this visitor, and who is viewing.
    let access: ExtensionAccess
    /// How long a plugin page or action may take.
    let pageBudget: Duration

    /// The area; `nil` when the app has no extensions.
    init?(pages: PageResponder, access: ExtensionAccess, pageBudget: Duration) {
        guard let extensions = access.extensions else { return nil }
        self.pages = pages
        self.extensions = extensions
        self.access = access
        self.pageBudget = pageBudget
    }

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/plugins") { request, context -> Response in
            guard access.mayListPlugins(context) else { throw WebUIError.notFound(request.uri.path) }
            let locale = pages.language.extensionLocale(for: request, session: context.session)
            async let statuses = extensions.statuses()
            async let items = extensions.pages(locale: locale)
            let page = PluginsPage(statuses: await statuses, pages: await items, localizer: pages.localizer(for: request, session: context.session))
            return try pages.page("plugins", title: LocalizableMessage("Plugins"), section: .settings, page: page, request: request, context: context)
        }
        routes.get("/plugins/:plugin/:page") { request, context -> Response in
            try await pluginPage(request, context)
        }
        routes.post("/instances/:cloud/:id/plugin-actions/:plugin/:action") { request, context -> Response in
            try await runAction(request, context)
        }
        return routes
    }

    /// A plugin's page rendered within the page budget, else the plugin's asset of that name.
    private func pluginPage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let localizer = pages.localizer(for: request, session: context.session)
        let locale = pages.language.extensionLocale(for: request, session: context.session)
        let items = await extensions.pages(locale: locale)
        guard let item = items.first(where: { $0.plugin == context.parameters.text("plugin") && $0.id == context.parameters.text("page") }) else {
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
            locale: locale, viewer: access.servesThisVisitor(item.plugin) ? await access.viewer(of: context.session) : nil)
        let content = await ExtensionRendering.render([item], budget: pageBudget, localizer: localizer) {
            try await extensions.renderPage($0, context: extensionContext)
        }
        guard let first = content.first else { throw WebUIError.notFound(request.uri.path) }
        return try pages.page(
            "plugin-page", title: LocalizableMessage("{title}", ["title": item.title]), section: .none,
            page: ExtensionPage(content: first), request: request, context: context)
    }

    /// Runs a plugin's instance action and returns to the instance page with its outcome.
    private func runAction(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (_, instance, detailURL) = try await context.pathInstance(request)
        let localizer = pages.localizer(for: request, session: context.session)
        let locale = pages.language.extensionLocale(for: request, session: context.session)
        let actions = await extensions.instanceActions(locale: locale).filter { access.servesThisVisitor($0.plugin) }
        guard let action = actions.first(where: { $0.plugin == context.parameters.text("plugin") && $0.id == context.parameters.text("action") }) else {
            throw WebUIError.notFound(request.uri.path)
        }
        do {
            let outcome = try await extensions.runAction(action, on: instance, context: ExtensionContext(locale: locale))
            context.session?.notify(ExtensionActionPresenter.notice(action, outcome: outcome, localizer: localizer), isError: outcome.isError)
        } catch {
            context.session?.notify(ExtensionActionPresenter.notice(action, failure: error, localizer: localizer), isError: true)
        }
        return .seeOther(detailURL)
    }
}
