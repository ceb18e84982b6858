import ExosphereCore
import Hummingbird
import Localization
import PluginModel

/// The extensions' parts of the dashboard and the instance page: cards rendered within their
/// budget, the instance actions offered to this visitor, and the dashboard's render told to them.
struct ExtensionPanels: Sendable {
    /// Who may see what, and who is viewing.
    let access: ExtensionAccess
    /// The language plugins render in for a request.
    let language: RequestLanguage
    /// How long a card may take.
    let cardBudget: Duration
    /// Cards' HTML by view model: most dashboards show the cards of a moment ago.
    let cardHTML: RecentlyUsedCache<ViewNode, String>

    /// The dashboard's extension cards, rendered concurrently within the card budget; `nil`
    /// when there are none.
    func cards(localizer: any MessageLocalizer, request: Request, context: WebRequestContext) async -> ExtensionCardsSection? {
        guard let extensions = access.extensions else { return nil }
        let locale = language.extensionLocale(for: request, session: context.session)
        let cards = await extensions.dashboardCards(locale: locale)
        guard !cards.isEmpty else { return nil }
        let viewer = await access.viewer(of: context.session)
        let served = Set(cards.map(\.plugin).filter(access.servesThisVisitor))
        let contextFor: @Sendable (ExtensionItem) -> ExtensionContext = { card in ExtensionContext(locale: locale, viewer: served.contains(card.plugin) ? viewer : nil) }
        let html = cardHTML
        let rendered = await ExtensionRendering.render(
            cards, budget: cardBudget, localizer: localizer,
            ready: { extensions.cachedCard($0, context: contextFor($0)) },
            html: { node in html.value(for: node) { ViewNodeHTML.render(node) } }
        ) {
            try await extensions.renderCard($0, context: contextFor($0))
        }
        return ExtensionCardsSection(cards: rendered)
    }

    /// The instance page's extension actions; `nil` when there are none.
    func actions(detailURL: String, request: Request, context: WebRequestContext) async -> ExtensionActionsPanel? {
        guard let extensions = access.extensions else { return nil }
        let actions = await extensions.instanceActions(locale: language.extensionLocale(for: request, session: context.session)).filter {
            access.servesThisVisitor($0.plugin)
        }
        return actions.isEmpty ? nil : ExtensionActionsPanel(actions: actions, detailURL: detailURL)
    }

    /// Tells extensions the dashboard was rendered with `summary`'s counts (see
    /// ``ExtensionAccess/tell(rendered:locale:)``).
    func tell(rendered summary: InstanceSummary, request: Request, context: WebRequestContext) {
        access.tell(rendered: summary, locale: language.extensionLocale(for: request, session: context.session))
    }
}
