import Testing
import Theming

@Suite("Token values")
struct ThemeTokenTests {
    @Test(
        "allowed values come back as clean CSS",
        arguments: [
            ("color.fg.default", "#ABC", "#aabbcc"),
            ("color.fg.default", "#0969da", "#0969da"),
            ("color.fg.default", "rgb(9, 105, 218)", "#0969da"),
            ("color.fg.default", "rgba(0, 0, 0, 0.5)", "rgba(0, 0, 0, 0.5)"),
            ("radius.default", "6px", "6px"),
            ("font.size.base", "1.125rem", "1.125rem"),
            ("space.base", "0", "0"),
            ("font.body", "system-ui, 'Segoe UI', sans-serif", "system-ui, \"Segoe UI\", sans-serif"),
        ])
    func allowed(token: String, value: String, css: String) {
        #expect(ThemeToken.sanitize(token, value) == css)
    }

    @Test(
        "anything else is refused",
        arguments: [
            ("color.fg.default", "red"),
            ("color.fg.default", "#12345"),
            ("color.fg.default", "#000;}body{x:y"),
            ("color.fg.default", "rgb(300, 0, 0)"),
            ("color.fg.default", "url(javascript:x)"),
            ("radius.default", "6px; color: red"),
            ("radius.default", "6"),
            ("radius.default", "-1px"),
            ("font.body", "x; } * { display: none"),
            ("font.body", "a/*comment*/"),
            ("font.body", "\"Segoe UI\\\""),
            ("unknown.kind", "1px"),
        ])
    func refused(token: String, value: String) {
        #expect(ThemeToken.sanitize(token, value) == nil)
    }

    @Test("token names become --exo- custom properties")
    func propertyNames() {
        #expect(ThemeToken.propertyName("color.fg.default") == "--exo-color-fg-default")
    }
}
