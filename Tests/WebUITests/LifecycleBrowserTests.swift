import BrowserTesting
import Foundation
import Testing

extension BrowserTests {
    /// Reloads `url` until `selector` appears, for up to `timeout`: pages without JavaScript
    /// refresh only when asked, and a launch or an action takes the simulator seconds.
    func waitFor(_ selector: String, on url: String, in browser: WebDriverSession, timeout: Duration = .seconds(180)) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            try await browser.navigate(url)
            if (try? await browser.find(selector, timeout: .seconds(2))) != nil { return }
            guard clock.now < deadline else {
                _ = try await browser.find(selector, timeout: .seconds(1))
                return
            }
        }
    }

    @Test("launch an instance and watch setup become ready, stop it, attach a new volume")
    func launchStopAttach() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "launch")
                let name = try await browser.find("#name")
                try await browser.clear(name)
                try await browser.type("browser-vm", into: name)
                try await save(browser, "launch")
                try await browser.click(browser.find("#launch"))
                _ = try await browser.find("#passphrase", timeout: .seconds(180))
                try await save(browser, "launch-result")
                try await browser.click(browser.find("a.launched"))
                let instanceURL = try await browser.currentURL()
                #expect(instanceURL.contains("/instances/simulator/"))

                try await waitFor("#setup-status[data-state=ready]", on: instanceURL, in: browser)
                try await save(browser, "instance-ready")
                try await browser.click(browser.find("form button#action-stop"))
                try await waitFor("form button#action-start", on: instanceURL, in: browser)

                try await browser.navigate(demo.baseURL + "volumes")
                try await browser.type("browser-disk", into: browser.find("#volume-name"))
                let size = try await browser.find("#volume-size")
                try await browser.clear(size)
                try await browser.type("1", into: size)
                try await browser.click(browser.find("#create-volume"))
                _ = try await browser.find(".notice")
                try await save(browser, "volumes")

                try await waitFor("#attach-volume option[data-name=browser-disk]", on: instanceURL, in: browser)
                try await browser.click(browser.find("#attach-volume option[data-name=browser-disk]"))
                try await browser.click(browser.find("#attach"))
                try await waitFor("#attached-volumes td[data-name=browser-disk]", on: instanceURL, in: browser)
            }
        }
    }
}
