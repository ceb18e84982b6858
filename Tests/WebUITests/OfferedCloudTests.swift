import CloudConfig
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import OpenStackSimulator
import Secrets
import Testing

@testable import WebUI

/// A hosted server's offered clouds (`hosting:`): a sign-in form each on the clouds page, the
/// operator's address and region used whatever the form says, and no other cloud when visitors
/// may not add their own.
@Suite("Clouds a hosted server offers")
struct OfferedCloudTests {
    static func app(_ endpoint: SimulatorEndpoint, visitorClouds: Bool, signIn: [OfferedCloud.SignIn] = [.password, .applicationCredential]) throws -> WebApp {
        var configuration = TestWebApp.configuration(host: "0.0.0.0")
        let authURL = try #require(URL(string: endpoint.authURL))
        var campus = OfferedCloud(name: "Campus cloud", authURL: authURL)
        campus.domain = endpoint.domainName
        campus.signIn = signIn
        configuration.settings.hosting.clouds = [campus]
        configuration.settings.hosting.visitorClouds = visitorClouds
        return try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.hosting"))
    }

    @Test("the offered cloud has its own form, a sign-in there adds it, and no other cloud can be added")
    func offeredOnly() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.serve(try Self.app(endpoint, visitorClouds: false)) { client in
                var browser = TestBrowser(client)
                let page = String(buffer: try await browser.get("/clouds").body)
                #expect(page.contains("<h2 id=\"offered-title\">Clouds offered here</h2>"))
                #expect(page.contains("<input type=\"hidden\" name=\"offered\" value=\"Campus cloud\">"))
                #expect(page.contains("id=\"offered-0-method-credential\""))
                #expect(!page.contains("Paste a clouds.yaml"))
                #expect(!page.contains("id=\"login-url\""))

                // The form's own address is ignored: the operator's is used.
                let fields = [
                    ("offered", "Campus cloud"), ("method", "password"), ("username", endpoint.username),
                    ("password", endpoint.password.revealed), ("auth_url", "https://elsewhere.example.org/v3"),
                ]
                let added = try await browser.post("/clouds/login", fields)
                #expect(added.status == .seeOther)
                let clouds = String(buffer: try await browser.get("/clouds").body)
                #expect(clouds.contains("Added Campus cloud."))
                #expect(clouds.contains("<td>Campus cloud</td><td>\(endpoint.authURL)</td>"))
                #expect(clouds.contains("offered by this server"))
                #expect(String(buffer: try await browser.get("/").body).contains("36 instances"))

                // Each refusal is the server's own words, not a stale form's (a fresh token each time).
                let refusals: [(String, [(String, String)])] = [
                    ("/clouds/login", SimulatedCloud.loginForm(endpoint)),
                    ("/clouds/yaml", [("clouds_yaml", endpoint.cloudsYAML(cloudName: "pasted"))]),
                    ("/clouds/login", fields.map { $0.0 == "offered" ? ("offered", "Nowhere") : $0 }),
                ]
                for (path, form) in refusals {
                    try await browser.get("/clouds")
                    let refused = try await browser.post(path, form)
                    #expect(refused.status == .forbidden, "\(path)")
                    #expect(String(buffer: refused.body).contains("This server signs in only to the clouds it offers."), "\(path)")
                }
            }
        }
    }

    @Test("a method the offered cloud does not allow is refused; with visitor clouds allowed both kinds of form are shown")
    func methodsAndVisitorClouds() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.serve(try Self.app(endpoint, visitorClouds: true, signIn: [.applicationCredential])) { client in
                var browser = TestBrowser(client)
                let page = String(buffer: try await browser.get("/clouds").body)
                #expect(page.contains("<input type=\"hidden\" name=\"method\" value=\"application_credential\">"))
                #expect(!page.contains("id=\"offered-0-user\""))
                #expect(page.contains("Paste a clouds.yaml"))
                let refused = try await browser.post(
                    "/clouds/login",
                    [("offered", "Campus cloud"), ("method", "password"), ("username", endpoint.username), ("password", endpoint.password.revealed)])
                #expect(refused.status == .badRequest)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
            }
        }
    }
}
