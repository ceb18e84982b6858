import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import OpenStackSimulator
import Secrets

@testable import WebUI

@Suite("Adding clouds and reading them through the pages")
struct CloudFlowTests {
    @Test("sign in with the login form, then see dashboard, list, detail and API activity")
    func loginAndBrowse() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.test() { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                let added = try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint))
                #expect(added.status == .seeOther)
                #expect(added.headers[.location] == "/clouds")
                let clouds = String(buffer: try await browser.get("/clouds").body)
                #expect(clouds.contains("Added sim."))
                #expect(!clouds.contains(endpoint.password.revealed))

                let dashboard = String(buffer: try await browser.get("/").body)
                #expect(dashboard.contains("36 instances in 1 clouds"))
                let list = String(buffer: try await browser.get("/instances?state=ACTIVE").body)
                let link = try #require(list.range(of: "href=\"/instances/sim/").map { list[$0.lowerBound...].dropFirst(6).prefix { $0 != "\"" } })
                let detail = try await browser.get(String(link))
                #expect(detail.status == .ok)
                #expect(String(buffer: detail.body).contains("Ready"))

                let activity = String(buffer: try await browser.get("/activity").body)
                #expect(activity.contains("/identity/v3/auth/tokens"))
                #expect(activity.contains("/servers/detail"))
                #expect(!activity.contains(endpoint.password.revealed))
            }
        }
    }

    @Test("a wrong password is reported on the page and adds nothing")
    func wrongPassword() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.test() { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                let response = try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint, password: "wrong"))
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("The cloud could not be added"))
                let clouds = String(buffer: try await browser.get("/clouds").body)
                #expect(clouds.contains("No cloud is added yet."))
            }
        }
    }

    @Test("pasting a clouds.yaml adds its clouds")
    func pasteCloudsYAML() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.test() { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                let response = try await browser.post("/clouds/yaml", [("clouds_yaml", endpoint.cloudsYAML(cloudName: "pasted"))])
                #expect(response.status == .seeOther)
                let clouds = String(buffer: try await browser.get("/clouds").body)
                #expect(clouds.contains("<td>pasted</td>"))
                let bad = try await browser.post("/clouds/yaml", [("clouds_yaml", "clouds: [")])
                #expect(bad.status == .badRequest)
            }
        }
    }

    @Test("in multi-user mode each browser sees only the clouds it added")
    func multiUserIsolation() async throws {
        try await SimulatedCloud.with { endpoint in
            #expect(TestWebApp.configuration(host: "0.0.0.0").isMultiUser)
            #expect(!TestWebApp.configuration(host: "127.0.0.1").isMultiUser)
            try await TestWebApp.test(host: "0.0.0.0") { client in
                var alice = TestBrowser(client)
                var bob = TestBrowser(client)
                try await alice.get("/clouds")
                try await bob.get("/clouds")
                #expect(try await alice.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                #expect(String(buffer: try await alice.get("/").body).contains("36 instances"))
                let bobsClouds = String(buffer: try await bob.get("/clouds").body)
                #expect(bobsClouds.contains("No cloud is added yet."))
                #expect(String(buffer: try await bob.get("/activity").body).contains("No calls yet."))
            }
        }
    }

    @Test("on loopback every browser shares the local user's clouds")
    func loopbackShares() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.test() { client in
                var first = TestBrowser(client)
                var second = TestBrowser(client)
                try await first.get("/clouds")
                #expect(try await first.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                #expect(String(buffer: try await second.get("/clouds").body).contains("<td>sim</td>"))
            }
        }
    }
}
