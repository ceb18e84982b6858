import Foundation
import Localization

/// The layout around a page body, rendered once per chrome and language and cut where the body
/// and the CSRF token go, so a request only joins the pieces with its own body and token.
///
/// The chrome is the key, all but its token: a layout is reused only by a request whose title,
/// theme, notice, announcements and links are the same, and each request's own token is put in.
struct RenderedLayout: Sendable {
    /// What a layout depends on: the chrome (its token set to a marker) and the localizer.
    struct Key: Hashable, Sendable {
        var chrome: PageChrome
        var localizer: LocalizerIdentity
    }

    /// Stands for the body and the token in the layout rendered for cutting; random, so no page
    /// text can look like one.
    static let bodyMarker = "exosphere-body-" + UUID().uuidString
    static let csrfMarker = "exosphere-csrf-" + UUID().uuidString

    /// The text before the body and after it, each cut where the token goes.
    let before: [String]
    let after: [String]

    /// The layout `rendered` with ``bodyMarker`` as its body and ``csrfMarker`` as its token, or
    /// `nil` when the body is not in it exactly once.
    init?(cutting rendered: String) {
        let halves = rendered.components(separatedBy: Self.bodyMarker)
        guard halves.count == 2 else { return nil }
        before = halves[0].components(separatedBy: Self.csrfMarker)
        after = halves[1].components(separatedBy: Self.csrfMarker)
    }

    /// The key for `chrome` in a localizer's language: the chrome with its token as the marker.
    static func key(_ chrome: PageChrome, localizer: LocalizerIdentity) -> Key {
        var marked = chrome
        marked.csrf = csrfMarker
        return Key(chrome: marked, localizer: localizer)
    }

    /// The whole page: `body` in the layout, with `csrf` (escaped as a template would) for the token.
    func page(body: String, csrf: String) -> String {
        let token = HTMLEscaping.escape(csrf)
        return before.joined(separator: token) + body + after.joined(separator: token)
    }
}
