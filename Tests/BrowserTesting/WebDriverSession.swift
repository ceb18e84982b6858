public import Foundation
import NIOHTTP1

/// One headless Chromium window driven over the W3C WebDriver protocol (w3.org/TR/webdriver2).
public struct WebDriverSession: Sendable {
    /// A found element, by its WebDriver reference.
    public struct Element: Codable, Sendable {
        /// The element reference.
        public var id: String

        enum CodingKeys: String, CodingKey {
            // The W3C spec's fixed key for element references ("Elements", web element identifier).
            case id = "element-6066-11e4-a52e-4f735466cecf"
        }
    }

    let driver: ChromeDriver
    /// The session id the driver gave.
    public let id: String

    /// Opens a headless window of `width`×`height` CSS pixels.
    public static func open(_ driver: ChromeDriver, width: Int = 1280, height: Int = 800, colorScheme: String? = nil) async throws -> WebDriverSession {
        guard let binary = BrowserEnvironment.chromium else { throw WebDriverError.browserMissing("chromium") }
        var args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=\(width),\(height)"]
        if let colorScheme { args.append("--force-prefers-color-scheme=\(colorScheme)") }
        if colorScheme == "dark" { args.append("--force-dark-mode") }
        let request = NewSession(capabilities: .init(alwaysMatch: .init(chromeOptions: .init(binary: binary, args: args))))
        let created = try await driver.call(.POST, "/session", body: request, as: Created.self)
        let session = WebDriverSession(driver: driver, id: created.sessionId)
        try await session.setWindowSize(width: width, height: height)
        return session
    }

    /// Loads `url` and waits for the page.
    public func navigate(_ url: String) async throws {
        _ = try await command(.POST, "/url", ["url": url], as: Nothing.self)
    }

    /// The current URL.
    public func currentURL() async throws -> String {
        try await command(.GET, "/url", Optional<[String: String]>.none, as: String.self)
    }

    /// The page's HTML as the browser now has it.
    public func pageSource() async throws -> String {
        try await command(.GET, "/source", Optional<[String: String]>.none, as: String.self)
    }

    /// The page title.
    public func title() async throws -> String {
        try await command(.GET, "/title", Optional<[String: String]>.none, as: String.self)
    }

    /// The first element matching a CSS selector, waiting up to `timeout` for it to appear.
    public func find(_ selector: String, timeout: Duration = .seconds(10)) async throws -> Element {
        let deadline = ContinuousClock.now + timeout
        while true {
            do {
                return try await command(.POST, "/element", ["using": "css selector", "value": selector], as: Element.self)
            } catch WebDriverError.command(_, 404, _, _) where ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            } catch WebDriverError.command(_, 404, _, _) {
                throw WebDriverError.elementNotFound(selector)
            }
        }
    }

    /// Clicks an element.
    public func click(_ element: Element) async throws {
        _ = try await command(.POST, "/element/\(element.id)/click", [String: String](), as: Nothing.self)
    }

    /// Types into an element.
    public func type(_ text: String, into element: Element) async throws {
        _ = try await command(.POST, "/element/\(element.id)/value", ["text": text], as: Nothing.self)
    }

    /// Clears an input.
    public func clear(_ element: Element) async throws {
        _ = try await command(.POST, "/element/\(element.id)/clear", [String: String](), as: Nothing.self)
    }

    /// An element's rendered text.
    public func text(of element: Element) async throws -> String {
        try await command(.GET, "/element/\(element.id)/text", Optional<[String: String]>.none, as: String.self)
    }

    /// Chooses the `<option>` with `value` inside the `<select>` matching `selector`.
    public func select(_ value: String, in selector: String) async throws {
        try await click(try await find("\(selector) option[value=\"\(value)\"]"))
    }

    /// Presses Tab in the page (focus moves as for a keyboard user).
    public func pressTab() async throws {
        let actions = KeyActions(actions: [.init(id: "keyboard", actions: [.init(type: "keyDown", value: "\u{E004}"), .init(type: "keyUp", value: "\u{E004}")])])
        _ = try await command(.POST, "/actions", actions, as: Nothing.self)
    }

    /// The focused element's tag and text, for keyboard-navigation checks.
    public func activeElement() async throws -> Element {
        try await command(.GET, "/element/active", Optional<[String: String]>.none, as: Element.self)
    }

    /// Runs `script` in the page as a function body (W3C "Execute Async Script"): it gets
    /// `arguments`, then a callback as its last argument, and calls the callback with the result.
    /// Tests use it to read what a form answers, such as a download, which a headless window
    /// would otherwise save out of sight.
    public func executeAsync<Value: Decodable & Sendable>(_ script: String, arguments: [String] = [], as type: Value.Type) async throws -> Value {
        try await command(.POST, "/execute/async", ScriptCall(script: script, args: arguments), as: type)
    }

    /// A PNG of the viewport.
    public func screenshot() async throws -> Data {
        let base64 = try await command(.GET, "/screenshot", Optional<[String: String]>.none, as: String.self)
        return Data(base64Encoded: base64) ?? Data()
    }

    /// Sets the outer window size, in CSS pixels.
    public func setWindowSize(width: Int, height: Int) async throws {
        _ = try await command(.POST, "/window/rect", ["width": width, "height": height], as: WindowRect.self)
    }

    /// Closes the window and ends the session.
    public func close() async {
        _ = try? await driver.call(.DELETE, "/session/\(id)", body: Optional<ChromeDriver.Empty>.none, as: Nothing.self)
    }

    private func command<Body: Encodable & Sendable, Value: Decodable & Sendable>(
        _ method: HTTPMethodName, _ path: String, _ body: Body?, as type: Value.Type
    ) async throws -> Value {
        try await driver.call(method.nio, "/session/\(id)" + path, body: body, as: type)
    }
}
