import Localization
import Mustache

/// The dashboard's extension cards.
struct ExtensionCardsSection: Sendable, Hashable {
    var cards: [RenderedExtension]
}

extension ExtensionCardsSection: MustacheParent {
    func child(named name: String) -> Any? { name == "cards" ? cards : nil }
}

/// The instance page's extension actions: one form button each.
struct ExtensionActionsPanel: Sendable {
    struct Button: Sendable {
        var title: String
        var url: String
        /// `plugin-<plugin>-<id>`, for the button's id.
        var key: String
    }

    var buttons: [Button]

    init(actions: [ExtensionItem], detailURL: String) {
        buttons = actions.map { action in
            Button(
                title: action.title,
                url: detailURL + "/plugin-actions/" + PathComponent.encode(action.plugin) + "/" + PathComponent.encode(action.id),
                key: "plugin-" + action.plugin + "-" + action.id)
        }
    }
}

/// `/plugins`: every extension found, its state, version and capabilities, and its pages.
struct PluginsPage: Sendable {
    struct Row: Sendable {
        struct PageLink: Sendable {
            var title: String
            var url: String
        }

        var id: String
        var name: String
        var version: String?
        var summary: String
        var origin: String
        var stateLabel: String
        /// The status role for the state's colour: `success`, `danger` or `muted`.
        var role: String
        var reason: String?
        var capabilities: [String]
        var pages: [PageLink]
    }

    var plugins: [Row]

    init(statuses: [ExtensionStatus], pages: [ExtensionItem], localizer: any MessageLocalizer) {
        plugins = statuses.map { status in
            let (label, role, reason): (LocalizableMessage, String, String?) =
                switch status.state {
                case .running: (LocalizableMessage("running"), "success", nil)
                case .failed(let reason): (LocalizableMessage("failed"), "danger", reason)
                case .disabled: (LocalizableMessage("disabled"), "muted", nil)
                }
            return Row(
                id: status.id, name: status.name, version: status.version, summary: status.summary, origin: status.origin,
                stateLabel: localizer.text(label), role: role, reason: reason, capabilities: status.capabilities,
                pages: pages.filter { $0.plugin == status.id }.map {
                    Row.PageLink(title: $0.title, url: PluginsPage.url(of: $0))
                })
        }
    }

    var isEmpty: Bool { plugins.isEmpty }

    /// Where an extension's page is served.
    static func url(of page: ExtensionItem) -> String {
        "/plugins/" + PathComponent.encode(page.plugin) + "/" + PathComponent.encode(page.id)
    }
}

/// `/plugins/<plugin>/<page>`: one extension page.
struct ExtensionPage: Sendable {
    var content: RenderedExtension
}

extension PluginsPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
