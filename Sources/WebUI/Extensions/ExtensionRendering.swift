import ExosphereCore
import Localization
import Mustache
import PluginModel

/// One card or page as the templates show it: its title and either its HTML or a notice saying
/// why it could not be shown.
struct RenderedExtension: Sendable, Hashable {
    var plugin: String
    var id: String
    var title: String
    /// The escaped HTML of its view model (see ``ViewNodeHTML``).
    var html: String?
    /// Why it is not shown, when its extension failed or ran out of time.
    var notice: String?
}

// Cards are drawn on every dashboard render: named lookups instead of reflection.
extension RenderedExtension: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "plugin": plugin
        case "id": id
        case "title": title
        case "html": html
        case "notice": notice
        default: nil
        }
    }
}

/// Renders extension cards concurrently, each within a time budget, so one slow or failing
/// extension costs the page at most the budget and shows as a notice, never as an error page.
enum ExtensionRendering {
    /// Renders `items` in order through `render`; each gets at most `budget`. An item `ready`
    /// already has a view model for is not rendered again, and `html` writes each view model
    /// (``ViewNodeHTML/render(_:)`` unless a cache stands in front of it).
    static func render(
        _ items: [ExtensionItem], budget: Duration, localizer: any MessageLocalizer,
        ready: (ExtensionItem) -> ViewNode? = { _ in nil }, html: @escaping @Sendable (ViewNode) -> String = ViewNodeHTML.render,
        _ render: @escaping @Sendable (ExtensionItem) async throws -> ViewNode
    ) async -> [RenderedExtension] {
        let results = await TimeBudget.outcomes(of: items, budget: budget, ready: { ready($0).map { .success($0) } }, render)
        return zip(items, results).map { rendered($0, $1, budget: budget, localizer: localizer, html: html) }
    }

    /// "it took longer than … ms.", the reason shown for work that ran out of its `budget`.
    static func tooSlow(_ budget: Duration, localizer: any MessageLocalizer) -> String {
        let milliseconds = budget.nanosecondsClamped / 1_000_000
        return localizer.text(LocalizableMessage("it took longer than {milliseconds} ms.", ["milliseconds": String(milliseconds)]))
    }

    /// The card for one outcome: its HTML, or the plain notice.
    static func rendered(
        _ item: ExtensionItem, _ outcome: Result<ViewNode, any Error>?, budget: Duration, localizer: any MessageLocalizer,
        html: (ViewNode) -> String = ViewNodeHTML.render
    ) -> RenderedExtension {
        var card = RenderedExtension(plugin: item.plugin, id: item.id, title: item.title)
        switch outcome {
        case .success(let node)?:
            card.html = html(node)
        case .failure(let error)?:
            card.notice = localizer.text(LocalizableMessage("This card could not be shown: {reason}", ["reason": localizer.describe(error)]))
        case nil:
            card.notice = localizer.text(LocalizableMessage("This card could not be shown: {reason}", ["reason": tooSlow(budget, localizer: localizer)]))
        }
        return card
    }
}
