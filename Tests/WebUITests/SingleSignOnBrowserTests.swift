import BrowserTesting
import Foundation
import Testing

extension BrowserTests {
    /// `exosphere demo --sso`: the Clouds page's link, the simulated identity provider's own page,
    /// Keystone's automatic post back, and the demo project's servers listed.
    @Test("sign in by single sign-on through the simulated identity provider and list the demo project's servers")
    func singleSignOn() async throws {
        try await DemoProcess.with(arguments: ["--sso"]) { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "clouds")
                try await browser.click(browser.find("a#offered-0-sso"))
                // The simulated identity provider's page, on the simulator's address.
                let user = try await browser.find("#username", timeout: .seconds(30))
                #expect(try await browser.currentURL().hasPrefix(demo.simulatorURL))
                try await browser.type("demo", into: user)
                try await browser.type("demo-password", into: browser.find("#password"))
                try await browser.click(browser.find("#sign-in"))
                // Keystone's page posts the token back; the web UI adds the cloud.
                let notice = try await browser.find(".notices .notice", timeout: .seconds(30))
                #expect(try await browser.text(of: notice) == "Added simulator.")
                #expect(try await browser.pageSource().contains("<td>single sign-on</td>"))
                try await save(browser, "single-sign-on-added")
                try await browser.navigate(demo.baseURL + "instances")
                _ = try await browser.find("table.instances tbody tr", timeout: .seconds(30))
                #expect(try await browser.pageSource().contains("astro-web-01"))
            }
        }
    }
}
