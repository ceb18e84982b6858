import ExosphereCore
import Hummingbird
import Localization
import PluginModel

/// The extensions' parts of the dashboard and the instance page, reached through `self` by those
/// routes while they are written as `WebApp` extensions.
extension WebApp {
    /// The dashboard's extension cards, rendered concurrently within the card budget; `nil`
    /// when there are none.
    func extensionCards(request: Request, context: WebRequestContext) async -> ExtensionCardsSection? {
        guard let extensions = configuration.extensions else { return nil }
        let localizer = localizer(for: request, session: context.session)
        let locale = pages.language.extensionLocale(for: request, session: context.session)
        let cards = await extensions.dashboardCards(locale: locale)
        guard !cards.isEmpty else { return nil }
        let viewer = await extensionAccess.viewer(of: context.session)
        let served = Set(cards.map(\.plugin).filter(extensionAccess.servesThisVisitor))
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
        let actions = await extensions.instanceActions(locale: pages.language.extensionLocale(for: request, session: context.session)).filter {
            extensionAccess.servesThisVisitor($0.plugin)
        }
        return actions.isEmpty ? nil : ExtensionActionsPanel(actions: actions, detailURL: detailURL)
    }

    /// Tells extensions the dashboard was rendered with `summary`'s counts (see
    /// ``ExtensionAccess/tell(rendered:locale:)``).
    func tellExtensions(rendered summary: InstanceSummary, request: Request, context: WebRequestContext) {
        extensionAccess.tell(rendered: summary, locale: pages.language.extensionLocale(for: request, session: context.session))
    }
}
