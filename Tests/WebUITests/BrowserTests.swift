import BrowserTesting
import Foundation
import Testing

/// The web UI in headless Chromium against `exosphere demo`, over the W3C WebDriver API.
/// Screenshots of the main pages at 1280×800 go to `.build/screenshots` (or EXOSPHERE_SCREENSHOTS).
@Suite(
    "In a real browser", .serialized,
    .enabled(
        if: BrowserEnvironment.isAvailable,
        "Browser tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver"))
struct BrowserTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func save(_ session: WebDriverSession, _ name: String) async throws {
        let folder = BrowserEnvironment.screenshotDirectory(packageRoot: Self.packageRoot)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let png = try await session.screenshot()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "screenshot \(name) is not a PNG")
        try png.write(to: folder.appendingPathComponent("\(name).png"))
    }

    /// Runs `body` in a fresh browser window, closing it and the driver afterwards.
    func withBrowser(colorScheme: String? = nil, _ body: (WebDriverSession) async throws -> Void) async throws {
        let driver = try await ChromeDriver.start()
        do {
            let session = try await WebDriverSession.open(driver, colorScheme: colorScheme)
            do {
                try await body(session)
            } catch {
                await session.close()
                throw error
            }
            await session.close()
        } catch {
            await driver.stop()
            throw error
        }
        await driver.stop()
    }

    @Test("see the dashboard, open an instance, switch theme, move by keyboard")
    func tour() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                #expect(try await browser.currentURL() == demo.baseURL)
                #expect(try await browser.text(of: browser.find("h1")) == "Dashboard")
                #expect(try await browser.pageSource().contains("36 instances in 1 clouds"))
                try await save(browser, "dashboard-light")

                // Keyboard users land on the skip link first.
                try await browser.pressTab()
                #expect(try await browser.text(of: browser.activeElement()) == "Skip to content")

                try await browser.navigate(demo.baseURL + "instances")
                try await save(browser, "instances")
                try await browser.click(browser.find("table.instances tbody a"))
                let state = try await browser.text(of: browser.find("#instance-state"))
                #expect(!state.isEmpty)
                #expect(try await browser.currentURL().contains("/instances/simulator/"))
                try await save(browser, "instance")

                try await browser.navigate(demo.baseURL + "activity")
                #expect(try await browser.pageSource().contains("/servers/detail"))
                try await save(browser, "activity")

                try await browser.navigate(demo.baseURL + "settings")
                try await browser.select("high-contrast", in: "#theme")
                try await browser.click(browser.find("form button[type=submit]"))
                _ = try await browser.find(".notice")
                #expect(try await browser.pageSource().contains("/theme/high-contrast.css"))
                try await save(browser, "settings-high-contrast")
            }
        }
    }

    @Test("add a cloud through the login form")
    func addCloud() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "clouds")
                try await browser.type("second", into: browser.find("#login-name"))
                try await browser.type(demo.simulatorURL + "/identity/v3", into: browser.find("#login-url"))
                try await browser.type("demo", into: browser.find("#login-user"))
                try await browser.type("demo-password", into: browser.find("#login-password"))
                try await browser.save("clouds", using: self)
                try await browser.click(browser.find("#login-title + form button[type=submit]"))
                #expect(try await browser.text(of: browser.find(".notice")) == "Added second.")
                #expect(try await browser.pageSource().contains("<td>second</td>"))
                try await browser.navigate(demo.baseURL)
                #expect(try await browser.pageSource().contains("in 2 clouds"))
            }
        }
    }

    @Test("without the printed token, the address shows only how to get in")
    func tokenRequired() async throws {
        try await DemoProcess.with { demo in
            #expect(demo.webURL.contains("?token="))
            try await withBrowser { browser in
                try await browser.navigate(demo.baseURL)
                #expect(try await browser.pageSource().contains("This address needs the key that came with it."))
                #expect(try await !browser.pageSource().contains("simulator"))
            }
        }
    }

    @Test("switch the language to Spanish in Settings and read the pages in Spanish")
    func spanish() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "settings")
                try await browser.select("es", in: "#language")
                try await browser.click(browser.find("form button[type=submit]"))
                #expect(try await browser.text(of: browser.find(".notice")) == "Ajustes guardados.")
                try await save(browser, "settings-es")
                try await browser.navigate(demo.baseURL)
                #expect(try await browser.text(of: browser.find("h1")) == "Panel")
                try await save(browser, "dashboard-es")
                try await browser.navigate(demo.baseURL + "instances")
                #expect(try await browser.text(of: browser.find("h1")) == "Instancias")
                try await save(browser, "instances-es")
            }
        }
    }

    @Test("the dashboard in dark mode")
    func darkMode() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser(colorScheme: "dark") { browser in
                try await browser.navigate(demo.webURL)
                _ = try await browser.find("h1")
                try await save(browser, "dashboard-dark")
            }
        }
    }
}

extension WebDriverSession {
    fileprivate func save(_ name: String, using tests: BrowserTests) async throws {
        try await tests.save(self, name)
    }
}
