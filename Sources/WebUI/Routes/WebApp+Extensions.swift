import CloudConfig
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
            let (_, instance, detailURL) = try await context.pathInstance(request)
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

    /// Whether this visitor may see the plugin list (see ``ExtensionAccess/mayListPlugins(_:)``).
    func mayListPlugins(_ context: WebRequestContext) -> Bool {
        extensionAccess.mayListPlugins(context)
    }

    /// Who is viewing (see ``ExtensionAccess/viewer(of:)``).
    func viewer(of session: BrowserSession?) async -> ExtensionViewer? {
        await extensionAccess.viewer(of: session)
    }

    /// Whether `plugin` may act for whoever uses this server (see ``ExtensionAccess/servesThisVisitor(_:)``).
    func servesThisVisitor(_ plugin: String) -> Bool {
        extensionAccess.servesThisVisitor(plugin)
    }

    /// The language extensions render in (see ``RequestLanguage/extensionLocale(for:session:)``).
    func extensionLocale(for request: Request, session: BrowserSession?) -> String {
        pages.language.extensionLocale(for: request, session: session)
    }

    /// Tells extensions the dashboard was rendered with `summary`'s counts (see
    /// ``ExtensionAccess/tell(rendered:locale:)``).
    func tellExtensions(rendered summary: InstanceSummary, request: Request, context: WebRequestContext) {
        extensionAccess.tell(rendered: summary, locale: extensionLocale(for: request, session: context.session))
    }
}
