import BrowserTesting
import Foundation
import Testing

extension BrowserTests {
    @Test("a plugin enabled in the settings file shows its card, its link and its page")
    func pluginCard() async throws {
        let settings = """
            plugins:
              allocation-dashboard:
                enabled: true
                config: { allocation_su: 5000, period_start: "2026-01-01", period_end: "2026-12-31" }
              skin-example:
                enabled: true

            """
        try await DemoProcess.with(settings: settings) { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                let card = try await browser.find("#card-allocation-dashboard-allocation")
                let text = try await browser.text(of: card)
                #expect(text.contains("Allocation"))
                #expect(text.contains("of 5,000"))
                #expect(try await browser.text(of: browser.find("a.ext-top-link")) == "Help")
                try await save(browser, "dashboard-plugins")

                try await browser.navigate(demo.baseURL + "plugins")
                #expect(try await browser.text(of: browser.find("#plugin-allocation-dashboard .status")) == "running")
                #expect(try await browser.text(of: browser.find("#plugin-ec2-provider .status")) == "disabled")
                try await browser.click(browser.find("#plugin-allocation-dashboard a"))
                #expect(try await browser.text(of: browser.find("h1")) == "Allocation usage")
                #expect(try await browser.pageSource().contains("ext-table"))
            }
        }
    }
}
