import AsyncHTTPClient
import CloudConfig
import ExosphereCore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import NIOHTTP1
import OpenStackSimulator
import Secrets
import Testing

@testable import WebUI

/// Single sign-on through Keystone's federation (WebSSO) against the simulator, whose simulated
/// identity provider stands in for the institution's: the whole exchange, its refusals, and the
/// renewal of a sign-in that nears its end.
@Suite("Single sign-on through Keystone's federation")
struct SingleSignOnTests {
    /// Where the test app (public address https://exosphere.test) takes Keystone's post.
    static let callback = TestWebApp.publicOrigin + "/sso/callback"

    /// A simulator that trusts the test apps' callback, for `body`; stopped even when it throws.
    static func withFederatedSimulator(
        tokenLifetime: Duration? = nil, _ body: (SimulatorServer, SimulatorEndpoint) async throws -> Void
    ) async throws {
        let server = SimulatorServer(options: SimulatorOptions(), logger: Logger(label: "exosphere.tests.sso"))
        let endpoint = try await server.start()
        do {
            await server.trustDashboard(callback)
            if let tokenLifetime { await server.setTokenLifetime(tokenLifetime) }
            try await body(server, endpoint)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Offers the simulated cloud as "Campus cloud", by single sign-on only.
    static func offering(_ endpoint: SimulatorEndpoint) throws -> HostingSettings {
        var campus = OfferedCloud(name: "Campus cloud", authURL: try #require(URL(string: endpoint.authURL)))
        campus.signIn = [.singleSignOn]
        var hosting = HostingSettings()
        hosting.clouds = [campus]
        hosting.visitorClouds = false
        return hosting
    }

    /// A simulator that trusts the test app's callback, and a multi-user app offering it by single
    /// sign-on only.
    static func with(
        tokenLifetime: Duration? = nil, _ body: @escaping @Sendable (SimulatorServer, SimulatorEndpoint, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await withFederatedSimulator(tokenLifetime: tokenLifetime) { server, endpoint in
            var configuration = TestWebApp.configuration(host: "0.0.0.0")
            configuration.settings.hosting = try offering(endpoint)
            let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.sso"))
            try await TestWebApp.serve(app) { client in try await body(server, endpoint, client) }
        }
    }

    /// The simulated identity provider's answer to a sign-in at `keystone` (Keystone's address the
    /// app sent the browser to): its status and page.
    static func signIn(at keystone: String, username: String, password: String) async throws -> (status: Int, html: String) {
        var request = HTTPClientRequest(url: keystone)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let fields = [("username", username), ("password", password), ("origin", callback)]
        request.body = .bytes(ByteBuffer(string: fields.map { "\($0.0)=\(TestBrowser.encode($0.1))" }.joined(separator: "&")))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: body))
    }

    /// The value of the hidden field `token` in `html`.
    static func token(in html: String) -> String? {
        guard let range = html.range(of: #"name="token" id="token" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Follows the Clouds page's single sign-on link: returns Keystone's address it leads to.
    static func start(_ browser: inout TestBrowser) async throws -> String {
        let page = String(buffer: try await browser.get("/clouds").body)
        let link = try #require(page.range(of: #"id="offered-0-sso" href=""#).map { page[$0.upperBound...].prefix { $0 != "\"" } })
        let started = try await browser.get(link.replacingOccurrences(of: "&amp;", with: "&"))
        #expect(started.status == .seeOther)
        return try #require(started.headers[.location])
    }

    /// Signs in as the demo user from the Clouds page to the end; returns the browser.
    static func signedIn(_ client: any TestClientProtocol, _ endpoint: SimulatorEndpoint) async throws -> TestBrowser {
        var browser = TestBrowser(client)
        let keystone = try await start(&browser)
        let answer = try await signIn(at: keystone, username: endpoint.username, password: endpoint.password.revealed)
        let posted = try #require(Self.token(in: answer.html))
        let back = try await browser.post("/sso/callback", [("token", posted)], csrf: .some(nil), origin: endpoint.baseURL)
        #expect(back.status == .seeOther)
        return browser
    }

    @Test("the Clouds page's link leads through the identity provider and back, signed in to the demo project's servers")
    func wholeExchange() async throws {
        try await Self.with { _, endpoint, client in
            var browser = TestBrowser(client)
            let page = String(buffer: try await browser.get("/clouds").body)
            #expect(page.contains("Sign in with your institution&#39;s account"))
            // Single sign-on only: no password form for the offered cloud.
            #expect(!page.contains("id=\"offered-0-user\""))
            let keystone = try await Self.start(&browser)
            let expected = endpoint.authURL + "/auth/OS-FEDERATION/websso/openid?origin=https%3A%2F%2Fexosphere.test%2Fsso%2Fcallback"
            #expect(keystone == expected)

            let wrong = try await Self.signIn(at: keystone, username: endpoint.username, password: "not-it")
            #expect(wrong.status == 401)
            #expect(wrong.html.contains("Wrong user name or password."))
            let answer = try await Self.signIn(at: keystone, username: endpoint.username, password: endpoint.password.revealed)
            #expect(answer.html.contains(#"action="https://exosphere.test/sso/callback" method="post""#))
            let token = try #require(Self.token(in: answer.html))

            // Keystone's post from its own site may come without the cookie: a page of ours posts it
            // again, and a second time without the cookie is refused.
            var cookieless = TestBrowser(client)
            let relay = try await cookieless.post("/sso/callback", [("token", token)], csrf: .some(nil), origin: endpoint.baseURL)
            #expect(relay.status == .ok)
            let relayPage = String(buffer: relay.body)
            #expect(relayPage.contains("data-autosubmit"))
            #expect(relayPage.contains("value=\"\(token)\""))
            #expect(relay.headers[.setCookie] == nil)
            let again = try await cookieless.post("/sso/callback", [("token", token), ("bounced", "1")], csrf: .some(nil))
            #expect(again.status == .forbidden)
            #expect(String(buffer: again.body).contains("without this site&#39;s cookie"))

            let cookieBefore = browser.cookie
            let back = try await browser.post("/sso/callback", [("token", token), ("bounced", "1")], csrf: .some(nil))
            #expect(back.status == .seeOther)
            #expect(back.headers[.location] == "/clouds")
            #expect(browser.cookie != cookieBefore, "signing in gives the session a new id")
            let clouds = String(buffer: try await browser.get("/clouds").body)
            #expect(clouds.contains("Added Campus cloud."))
            #expect(clouds.contains("<td>Campus cloud</td><td>\(endpoint.authURL)</td><td>single sign-on</td>"))
            #expect(String(buffer: try await browser.get("/").body).contains("36 instances"))

            // The start is used up: the same token posted again is refused.
            let replay = try await browser.post("/sso/callback", [("token", token)], csrf: .some(nil))
            #expect(replay.status == .forbidden)
            #expect(String(buffer: replay.body).contains("This sign-in was not started from this browser"))
        }
    }

    @Test("a token nobody set out for, a start without its form token, another cloud and malformed tokens are refused")
    func refusals() async throws {
        try await Self.with { _, endpoint, client in
            // A session that started nothing takes no token (someone else's pushed into it).
            var browser = try await Self.signedIn(client, endpoint)
            let pushed = try await browser.post("/sso/callback", [("token", "gAAAAABexample")], csrf: .some(nil))
            #expect(pushed.status == .forbidden)
            #expect(String(buffer: pushed.body).contains("This sign-in was not started from this browser"))
            browser = TestBrowser(client)
            try await browser.get("/clouds")
            #expect(try await browser.get("/sso/start?cloud=Campus%20cloud").status == .forbidden)
            #expect(try await browser.get("/sso/start?cloud=Campus%20cloud&csrf=forged").status == .forbidden)
            let elsewhere = try await browser.get("/sso/start?cloud=Nowhere&csrf=\(browser.csrf ?? "")")
            #expect(elsewhere.status == .forbidden)
            #expect(String(buffer: elsewhere.body).contains("Nowhere does not offer single sign-on here."))
            for token in ["", "has space", String(repeating: "a", count: SingleSignOnToken.maximumBytes + 1), "tab\there", "ünicode"] {
                let refused = try await browser.post("/sso/callback", [("token", token)], csrf: .some(nil))
                #expect(refused.status == .badRequest, "\(token.prefix(20))")
            }
            // No password form for a cloud offered by single sign-on only.
            let form = [("offered", "Campus cloud"), ("method", "sso"), ("username", endpoint.username), ("password", endpoint.password.revealed)]
            try await browser.get("/clouds")
            #expect(try await browser.post("/clouds/login", form).status == .badRequest)
        }
    }

    @Test("a sign-in nearing its end sends page views through the identity provider again and back to the page; another person is refused")
    func renewal() async throws {
        // Tokens live 200 simulated seconds, inside the five minutes' lead: every page view renews.
        try await Self.with(tokenLifetime: .seconds(200)) { _, endpoint, client in
            var browser = try await Self.signedIn(client, endpoint)
            // A script's request is answered, not sent away.
            browser.accept = "application/json"
            #expect(try await browser.get("/instances?sort=name").status == .ok)
            browser.accept = "text/html,application/xhtml+xml"
            let sent = try await browser.get("/instances?sort=name&filter=astro")
            #expect(sent.status == .seeOther)
            let renew = try #require(sent.headers[.location])
            #expect(renew == "/sso/start?cloud=Campus%20cloud&return=%2Finstances%3Fsort%3Dname%26filter%3Dastro")
            let keystone = try #require(try await browser.get(renew).headers[.location])
            let answer = try await Self.signIn(at: keystone, username: endpoint.username, password: endpoint.password.revealed)
            let back = try await browser.post("/sso/callback", [("token", try #require(Self.token(in: answer.html)))], csrf: .some(nil))
            #expect(back.headers[.location] == "/instances?sort=name&filter=astro")
            // Within a minute of a renewal, pages are shown rather than sent away again.
            #expect(try await browser.get("/instances").status == .ok)

            // Renewing as someone else does not swap the person signed in: the cloud is signed out.
            let other = try await Self.signIn(
                at: try #require(try await browser.get(renew).headers[.location]),
                username: endpoint.collaboratorUsername, password: endpoint.collaboratorPassword.revealed)
            let swapped = try await browser.post("/sso/callback", [("token", try #require(Self.token(in: other.html)))], csrf: .some(nil))
            #expect(swapped.status == .forbidden)
            #expect(String(buffer: swapped.body).contains("came back as a different person"))
            browser.accept = nil
            #expect(!String(buffer: try await browser.get("/clouds").body).contains("<td>Campus cloud</td>"))
        }
    }

    @Test("a return address must be a path of this server; a start is good for 15 minutes, once")
    func returnPathsAndLifetime() {
        for hostile in ["//evil.example/x", "https://evil.example", "/\\evil.example", "evil", "/a b", "/ä", String(repeating: "/a", count: 1_100)] {
            #expect(SingleSignOnState.returnPath(hostile) == "/", "\(hostile.prefix(20))")
        }
        #expect(SingleSignOnState.returnPath("/instances?sort=name") == "/instances?sort=name")
        let started = Date(timeIntervalSince1970: 1_000_000)
        var state = SingleSignOnState(pending: .init(cloud: "c", returnPath: "/", startedAt: started))
        #expect(state.takePending(at: started.addingTimeInterval(SingleSignOnState.pendingLifetime + 1)) == nil)
        state.pending = .init(cloud: "c", returnPath: "/", startedAt: started)
        #expect(state.takePending(at: started.addingTimeInterval(60))?.cloud == "c")
        #expect(state.takePending(at: started.addingTimeInterval(61)) == nil)
    }
}
