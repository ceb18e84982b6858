import CloudConfig
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import OpenStackAPI
import OpenStackSimulator
import OutboundHTTP
import Testing

@testable import ExosphereCore
@testable import WebUI

/// Sessions are kept only when there is something to keep, get a new id whenever they gain
/// rights, and end when the person signs out.
@Suite("Session lifecycle")
struct SessionLifecycleTests {
    /// Runs `body` with a new app and its in-process client.
    static func withApp(
        host: String = "127.0.0.1", accessToken: String? = nil, privateClouds: Bool = true,
        _ body: @escaping @Sendable (WebApp, any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = try WebApp(
            configuration: TestWebApp.configuration(host: host, accessToken: accessToken, privateClouds: privateClouds), sharedWorkspace: nil,
            logger: Logger(label: "exosphere.tests.sessions"))
        try await TestWebApp.serve(app) { client in try await body(app, client) }
    }

    @Test("static files and theme files get no cookie; page views keep nothing")
    func nothingKeptForViews() async throws {
        try await Self.withApp { app, client in
            var browser = TestBrowser(client)
            let css = try await browser.get("/static/app.css")
            #expect(css.status == .ok)
            #expect(css.headers[.setCookie] == nil)
            #expect(browser.cookie == nil)
            for path in ["/", "/settings", "/about", "/clouds", "/instances"] {
                #expect(try await browser.get(path).status == .ok)
            }
            #expect(browser.cookie != nil)
            #expect(app.store.count == 0)
            // A thousand first visits from one address still keep nothing.
            for _ in 0..<1_000 {
                var visitor = TestBrowser(client)
                try await visitor.get("/about")
            }
            #expect(app.store.count == 0)
        }
    }

    @Test("the first form kept gives a new id: a cookie planted before it names nothing after")
    func keptUnderNewID() async throws {
        try await Self.withApp { app, client in
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            let planted = try #require(browser.cookie)
            let response = try await browser.post("/settings", [("mode", "dark")])
            #expect(response.status == .seeOther)
            let kept = try #require(browser.cookie)
            #expect(kept != planted)
            #expect(app.store.count == 1)
            #expect(try await app.store.session(forCookie: planted) == nil)
            #expect(try await app.store.session(forCookie: kept) != nil)
            // The attacker who planted the first cookie sees the defaults, not the victim's choice.
            var attacker = TestBrowser(client)
            attacker.cookie = planted
            #expect(String(buffer: try await attacker.get("/settings").body).contains("data-color-mode=\"auto\""))
            #expect(String(buffer: try await browser.get("/settings").body).contains("data-color-mode=\"dark\""))
        }
    }

    @Test("admission with the access token gives a new id")
    func admissionRotates() async throws {
        try await Self.withApp(accessToken: "let-me-in") { app, client in
            var browser = TestBrowser(client)
            #expect(try await browser.get("/settings").status == .unauthorized)
            let before = browser.cookie
            let admitted = try await browser.get("/settings?token=let-me-in")
            #expect(admitted.status == .seeOther)
            #expect(browser.cookie != nil)
            #expect(browser.cookie != before)
            if let before { #expect(try await app.store.session(forCookie: before) == nil) }
            #expect(try await browser.get("/settings").status == .ok)
        }
    }

    @Test("adding a cloud gives the session a new id; signing out ends it, revokes its tokens and closes its clouds")
    func signInRotatesAndSignOutEnds() async throws {
        try await SimulatedCloud.with { endpoint in
            try await Self.withApp(host: "0.0.0.0") { app, client in
                var browser = TestBrowser(client)
                try await browser.get("/settings")
                #expect(try await browser.post("/settings", [("mode", "dark")]).status == .seeOther)
                let beforeSignIn = try #require(browser.cookie)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                let signedIn = try #require(browser.cookie)
                #expect(signedIn != beforeSignIn)
                #expect(try await app.store.session(forCookie: beforeSignIn) == nil)
                let page = String(buffer: try await browser.get("/clouds").body)
                #expect(page.contains("Added sim."))
                #expect(page.contains("action=\"/logout\""))
                let workspace = try #require(try await app.store.session(forCookie: signedIn)?.workspace)
                #expect(workspace.sessions.sessions.count == 1)
                // A visitor's activity log is small: the server keeps one per visitor.
                #expect(workspace.sessions.activityLog.capacity == ServingLimits().activityRecordsPerVisitor)
                #expect(ServingLimits().activityRecordsPerVisitor < 10_000)

                let signedOut = try await browser.post("/logout", [])
                #expect(signedOut.status == .seeOther)
                let cleared = try #require(signedOut.headers[.setCookie])
                #expect(cleared.contains("Max-Age=0"))
                // Its tokens were revoked at Keystone, not only dropped here.
                let revoked = workspace.sessions.activityLog.records().filter { $0.method == .delete && $0.url.hasSuffix("/auth/tokens") }
                #expect(!revoked.isEmpty)
                #expect(revoked.allSatisfy { $0.status == 204 })
                #expect(try await app.store.session(forCookie: signedIn) == nil)
                #expect(app.store.count == 0)
                // The old cookie, replayed, sees no cloud.
                var replay = TestBrowser(client)
                replay.cookie = signedIn
                #expect(String(buffer: try await replay.get("/clouds").body).contains("No cloud is added yet."))
            }
        }
    }

    @Test("on one machine too, a person sees their other browsers and signs one out; a loopback server lists none")
    func devicesInMemory() async throws {
        try await SimulatedCloud.with { endpoint in
            try await Self.withApp(host: "0.0.0.0") { app, client in
                var laptop = TestBrowser(client, userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 Safari/537.36")
                var phone = TestBrowser(client, userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36")
                try await laptop.get("/clouds")
                #expect(try await laptop.post("/clouds/login", SimulatedCloud.loginForm(endpoint), origin: TestWebApp.publicOrigin).status == .seeOther)
                try await phone.get("/clouds")
                #expect(try await phone.post("/clouds/login", SimulatedCloud.loginForm(endpoint), origin: TestWebApp.publicOrigin).status == .seeOther)
                let settings = String(buffer: try await laptop.get("/settings").body)
                #expect(settings.contains("Chrome on Windows"))
                #expect(settings.contains("Chrome on Android"))
                let handles = settings.matches(of: /name="device" value="([^"]+)"/).map { String($0.output.1) }
                let phoneHandle = try #require(handles.first)
                #expect(handles.count == 1)
                // Made-up and own handles end nothing.
                #expect(try await laptop.post("/settings/devices/end", [("device", "0000")], origin: TestWebApp.publicOrigin).status == .badRequest)
                try await laptop.get("/settings")
                #expect(try await laptop.post("/settings/devices/end", [("device", phoneHandle)], origin: TestWebApp.publicOrigin).status == .seeOther)
                #expect(app.store.count == 1)
                #expect(String(buffer: try await phone.get("/clouds").body).contains("No cloud is added yet."))
            }
        }
        try await Self.withApp { _, client in
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            #expect(try await browser.post("/settings", [("mode", "dark")]).status == .seeOther)
            #expect(!String(buffer: try await browser.get("/settings").body).contains("Signed-in devices"))
        }
    }

    @Test("removing a cloud forgets it")
    func removeCloud() async throws {
        try await SimulatedCloud.with { endpoint in
            try await Self.withApp(host: "0.0.0.0") { _, client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                #expect(String(buffer: try await browser.get("/clouds").body).contains("<td>sim</td>"))
                let unknown = try await browser.post("/clouds/remove", [("name", "nope")])
                #expect(unknown.status == .notFound)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/remove", [("name", "sim")]).status == .seeOther)
                let page = String(buffer: try await browser.get("/clouds").body)
                #expect(page.contains("Removed sim"))
                #expect(page.contains("No cloud is added yet."))
            }
        }
    }

    @Test("the cookie is Secure when the public address is https, and not on plain loopback")
    func secureCookie() async throws {
        try await Self.withApp(host: "0.0.0.0") { _, client in
            let response = try await client.execute(uri: "/settings", method: .get)
            #expect(try #require(response.headers[.setCookie]).contains("Secure"))
        }
        try await Self.withApp { _, client in
            let response = try await client.execute(uri: "/settings", method: .get)
            #expect(!(try #require(response.headers[.setCookie]).contains("Secure")))
        }
    }

    @Test("in multi-user mode posts must come from the public address, whatever Host says")
    func originIsThePublicAddress() async throws {
        try await Self.withApp(host: "0.0.0.0") { _, client in
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            // The in-process client sends every request to the authority "localhost": an Origin
            // that matches the request's own Host, which the attacker's site controls.
            var headers = HTTPFields()
            headers[.cookie] = "\(SessionCookie.name)=\(browser.cookie ?? "")"
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.origin] = "http://localhost"
            let forged = try await client.execute(
                uri: "/settings", method: .post, headers: headers, body: ByteBuffer(string: "mode=dark&csrf=\(browser.csrf ?? "")"))
            #expect(forged.status == .forbidden)
            try await browser.get("/settings")
            #expect(try await browser.post("/settings", [("mode", "dark")], origin: TestWebApp.publicOrigin).status == .seeOther)
        }
    }

    @Test("a response that sets a cookie is never publicly cacheable")
    func cookieResponsesNotCached() async throws {
        try await Self.withApp { _, client in
            let response = try await client.execute(uri: "/about", method: .get)
            #expect(response.headers[.setCookie] != nil)
            #expect(response.headers[.cacheControl] == "no-store")
        }
    }

    @Test("multi-user mode without a public address, or with a path in it, does not start")
    func publicAddressRequired() throws {
        var configuration = TestWebApp.configuration(host: "0.0.0.0")
        configuration.publicURL = nil
        #expect(throws: WebUIError.publicAddressRequired(host: "0.0.0.0")) {
            try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "test"))
        }
        configuration.publicURL = URL(string: "https://exosphere.test/app")
        #expect(throws: WebUIError.invalidPublicAddress("https://exosphere.test/app")) {
            try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "test"))
        }
    }

    @Test("a pasted clouds.yaml may not name a server file in multi-user mode")
    func pastedCloudsNameNoServerFile() throws {
        let yaml = """
            clouds:
              lab:
                auth: {auth_url: "https://keystone.test:5000/v3", username: u, password: p, project_name: x}
                cacert: /etc/shadow
            """
        #expect(throws: WebUIError.self) { try CloudImport.profiles(fromYAML: yaml, allowingServerFiles: false) }
        let allowed = try CloudImport.profiles(fromYAML: yaml, allowingServerFiles: true)
        #expect(allowed.first?.caCertificatePath == "/etc/shadow")
    }

    @Test("a cloud whose name needs escaping in an address opens (path parameters are percent-decoded)")
    func escapedNamesOpen() async throws {
        try await SimulatedCloud.with { endpoint in
            try await Self.withApp { _, client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                let added = try await browser.post("/clouds/yaml", [("clouds_yaml", endpoint.cloudsYAML(cloudName: "Montréal lab"))])
                #expect(added.status == .seeOther)
                let list = String(buffer: try await browser.get("/instances?state=ACTIVE").body)
                let link = try #require(
                    list.range(of: "href=\"/instances/Montr%C3%A9al%20lab/").map { list[$0.lowerBound...].dropFirst(6).prefix { $0 != "\"" } })
                let detail = try await browser.get(String(link))
                #expect(detail.status == .ok)
                #expect(String(buffer: detail.body).contains("Montréal lab"))
            }
        }
    }

    @Test(
        "a visitor cannot point the server at its own neighbours",
        arguments: ["http://127.0.0.1:5000/v3", "http://169.254.169.254/latest/meta-data", "http://[::1]:8774/", "http://localhost:9/v3"])
    func neighboursRefused(authURL: String) async throws {
        try await Self.withApp(host: "0.0.0.0", privateClouds: false) { _, client in
            var browser = TestBrowser(client)
            try await browser.get("/clouds")
            let response = try await browser.post(
                "/clouds/login", [("name", "probe"), ("auth_url", authURL), ("username", "u"), ("password", "p"), ("method", "password")])
            #expect(response.status == .badRequest)
            let page = String(buffer: response.body)
            #expect(page.contains("This server does not connect to"))
            #expect(page.contains("private network"))
        }
    }
}
