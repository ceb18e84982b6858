import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Keystone's web single sign-on (OS-FEDERATION websso) behind the simulated identity provider:
/// only trusted dashboards get a token, and the token is an unscoped one that rescopes like any.
@Suite struct FederationTests {
    static let origin = "https://dashboard.example.org/sso/callback"
    static let websso = "/identity/v3/auth/OS-FEDERATION/websso/openid?origin=https%3A%2F%2Fdashboard.example.org%2Fsso%2Fcallback"
    static let form = [("Content-Type", "application/x-www-form-urlencoded")]

    static func signIn(_ simulator: SimulatorHarness, path: String = websso, password: String = "demo-password") async throws -> Reply {
        try await simulator.send(
            .POST, path, headers: form, json: "username=demo&password=\(password)&origin=https%3A%2F%2Fdashboard.example.org%2Fsso%2Fcallback")
    }

    static func token(in html: String) -> String? {
        guard let range = html.range(of: #"name="token" id="token" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("an untrusted or missing origin, an unknown protocol or identity provider are refused as Keystone does")
    func refusals() async throws {
        try await SimulatorHarness.with { simulator in
            #expect(try await simulator.send(.GET, Self.websso).status == 401)
            #expect(try await Self.signIn(simulator).status == 401)
            await simulator.server.trustDashboard(Self.origin)
            #expect(try await simulator.send(.GET, "/identity/v3/auth/OS-FEDERATION/websso/openid").status == 400)
            #expect(try await simulator.send(.GET, "/identity/v3/auth/OS-FEDERATION/websso/kerberos?origin=x").status == 404)
            let unknownProvider = "/identity/v3/auth/OS-FEDERATION/identity_providers/other/protocols/openid/websso?origin=x"
            #expect(try await simulator.send(.GET, unknownProvider).status == 404)
            let shown = try await simulator.send(.GET, Self.websso)
            #expect(shown.status == 200)
            #expect(shown.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(shown.text.contains(#"<input type="hidden" name="origin" value="https://dashboard.example.org/sso/callback">"#))
            let wrong = try await Self.signIn(simulator, password: "nope")
            #expect(wrong.status == 401)
            #expect(wrong.text.contains("Wrong user name or password."))
            #expect(Self.token(in: wrong.text) == nil)
        }
    }

    @Test("a right password posts an unscoped token to the origin, by either address; it rescopes to the demo project")
    func tokenPosted() async throws {
        try await SimulatorHarness.with { simulator in
            await simulator.server.trustDashboard(Self.origin)
            for path in [Self.websso, "/identity/v3/auth/OS-FEDERATION/identity_providers/simulated-idp/protocols/openid/websso"] {
                let answer = try await Self.signIn(simulator, path: path)
                #expect(answer.status == 200)
                #expect(answer.text.contains(#"<form id="sso" name="sso" action="https://dashboard.example.org/sso/callback" method="post">"#))
                let token = try #require(Self.token(in: answer.text))
                let shown = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: token, headers: [("X-Subject-Token", token)])
                let body = try shown.json()["token"]
                #expect(body?["project"] == nil)
                #expect(body?["methods"]?.array?.compactMap(\.string) == ["openid"])
                let scoped = try await simulator.send(
                    .POST, "/identity/v3/auth/tokens",
                    json: #"{"auth": {"identity": {"methods": ["token"], "token": {"id": "\#(token)"}}, "scope": {"project": {"name": "demo-genomics", "domain": {"name": "Default"}}}}}"#)
                #expect(scoped.status == 201)
            }
        }
    }

    @Test("an origin with markup is written escaped, never as markup")
    func escapedOrigin() async throws {
        try await SimulatorHarness.with { simulator in
            let hostile = #"https://x.example/"><script>alert(1)</script>"#
            await simulator.server.trustDashboard(hostile)
            let encoded = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let shown = try await simulator.send(.GET, "/identity/v3/auth/OS-FEDERATION/websso/openid?origin=" + encoded)
            #expect(shown.status == 200)
            #expect(!shown.text.contains("<script>alert(1)</script>"))
            #expect(shown.text.contains("&quot;&gt;&lt;script&gt;"))
        }
    }
}
