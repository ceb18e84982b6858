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

    @Test("a plugin provider's instance is a row of the instance list that opens its provider's page, where its actions work")
    func providerInstanceInTheList() async throws {
        let manifest = """
            id: fake-cloud
            name: fake-cloud
            version: 0.1.0
            api: ">=1.0, <2.0"
            description: A provider kept in memory.
            author: Exosphere tests
            capabilities:
              providers: [memory]
            """
        let source = """
            local instances = { { id = "f-1", name = "far-away", status = "ACTIVE", size = "small", addresses = { "198.51.100.7" } } }
            local down = function() return nil, "unused" end
            exo.providers.register{
              id = "memory", name = "Fake cloud",
              list_instances = function() return instances end,
              action = function(id, name)
                for _, instance in ipairs(instances) do
                  if instance.id == id then instance.status = (name == "stop") and "SHUTOFF" or "ACTIVE"; return true end
                end
                return nil, { code = "provider.not_found", message = "no instance " .. id }
              end,
              create = down, delete = down, sizes = down, images = down,
            }
            """
        let files = [".config/exosphere/plugins/fake-cloud/plugin.yaml": manifest, ".config/exosphere/plugins/fake-cloud/init.lua": source]
        try await DemoProcess.with(settings: "plugins:\n  fake-cloud:\n    enabled: true\n", files: files) { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                try await browser.navigate(demo.baseURL + "instances?q=far")
                let link = try await browser.find("tr.provider-row a")
                #expect(try await browser.text(of: link) == "far-away")
                let row = try await browser.text(of: browser.find("tr.provider-row"))
                #expect(row.contains("Fake cloud"))
                #expect(row.contains("198.51.100.7"))
                // No bulk box: OpenStack's lifecycle actions do not apply to it.
                #expect(try await browser.pageSource().contains("value=\"Fake cloud/f-1\"") == false)
                try await save(browser, "instances-provider-row")

                try await browser.click(link)
                #expect(try await browser.text(of: browser.find("h1")) == "Fake cloud")
                try await browser.click(browser.find("#action-stop-f-1"))
                #expect(try await browser.text(of: browser.find(".notices .notice")) == "Stop: Fake cloud accepted it for f-1.")
                #expect(try await browser.text(of: browser.find("#instance-f-1 .status")) == "Stopped")
            }
        }
    }
}
