import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import WebUI

@Suite("Sessions, CSRF and security headers")
struct SecurityTests {
    @Test("the first page starts a session in an HttpOnly, SameSite=Strict cookie, with strict headers")
    func cookieAndHeaders() async throws {
        try await TestWebApp.test() { client in
            var browser = TestBrowser(client)
            let response = try await browser.get("/settings")
            #expect(response.status == .ok)
            let setCookie = try #require(response.headers[.setCookie])
            #expect(setCookie.hasPrefix("exo_session="))
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            let csp = try #require(response.headers[.contentSecurityPolicy])
            #expect(csp.contains("script-src 'self'"))
            #expect(csp.contains("style-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.cacheControl] == "no-store")
            let html = String(buffer: response.body)
            #expect(!html.contains("<script>"))
            #expect(!html.contains("style=\""))
            // The same browser keeps its session: no new cookie on the next page.
            let second = try await browser.get("/settings")
            #expect(second.headers[.setCookie] == nil)
        }
    }

    @Test("a valid form post is accepted once; the same token again is refused")
    func replayRefused() async throws {
        try await TestWebApp.test() { client in
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            let token = try #require(browser.csrf)
            let first = try await browser.post("/settings", [("mode", "dark")], csrf: token)
            #expect(first.status == .seeOther)
            let replay = try await browser.post("/settings", [("mode", "light")], csrf: token)
            #expect(replay.status == .forbidden)
            let page = try await browser.get("/settings")
            #expect(String(buffer: page.body).contains("data-color-mode=\"dark\""))
        }
    }

    @Test(
        "forged requests are refused",
        arguments: [
            ForgedRequest.noToken, .madeUpToken, .tamperedToken, .otherSessionsToken, .foreignOrigin, .noCookie,
        ])
    func forgeries(_ forgery: ForgedRequest) async throws {
        try await TestWebApp.test() { client in
            var victim = TestBrowser(client)
            try await victim.get("/settings")
            var attacker = TestBrowser(client)
            try await attacker.get("/settings")
            let valid = try #require(victim.csrf)
            let response: TestResponse
            switch forgery {
            case .noToken: response = try await victim.post("/settings", [("mode", "dark")], csrf: .some(nil))
            case .madeUpToken: response = try await victim.post("/settings", [("mode", "dark")], csrf: "abc.\(Int(Date().timeIntervalSince1970)).def")
            case .tamperedToken:
                // The MAC's first character changed: unlike its last ones, every bit of it counts
                // (a base64 text's last character may carry unused bits, and "AA" could match).
                var parts = valid.split(separator: ".").map(String.init)
                let mac = try #require(parts.last)
                parts[parts.count - 1] = (mac.first == "A" ? "B" : "A") + mac.dropFirst()
                response = try await victim.post("/settings", [("mode", "dark")], csrf: parts.joined(separator: "."))
            case .otherSessionsToken: response = try await victim.post("/settings", [("mode", "dark")], csrf: attacker.csrf)
            case .foreignOrigin: response = try await victim.post("/settings", [("mode", "dark")], origin: "https://evil.example")
            case .noCookie:
                victim.cookie = nil
                response = try await victim.post("/settings", [("mode", "dark")], csrf: valid)
            }
            #expect(response.status == .forbidden)
            #expect(String(buffer: response.body).contains("This form has expired or did not come from this page."))
        }
    }

    @Test("with an access token, only a browser that brought it gets in, and the token leaves the address bar")
    func accessToken() async throws {
        try await TestWebApp.test(accessToken: "let-me-in") { client in
            var stranger = TestBrowser(client)
            let refused = try await stranger.get("/instances")
            #expect(refused.status == .unauthorized)
            #expect(String(buffer: refused.body).contains("This address needs the key that came with it."))
            #expect(try await stranger.get("/?token=let-me-out").status == .unauthorized)
            #expect(try await stranger.get("/static/app.css").status == .ok)

            var owner = TestBrowser(client)
            let admitted = try await owner.get("/settings?token=let-me-in")
            #expect(admitted.status == .seeOther)
            #expect(admitted.headers[.location] == "/settings")
            #expect(try await owner.get("/settings").status == .ok)
            #expect(try await owner.post("/settings", [("mode", "dark")]).status == .seeOther)
        }
    }

    @Test("a tampered session cookie does not open; the browser gets a fresh session")
    func tamperedCookie() async throws {
        try await TestWebApp.test() { client in
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            let original = try #require(browser.cookie)
            browser.cookie = String(original.dropLast(3)) + "AAA"
            let response = try await browser.get("/settings")
            #expect(response.headers[.setCookie] != nil)
            #expect(browser.cookie != original)
        }
    }

    @Test("cookies sealed with another key, or expired, do not open")
    func cookieSealing() throws {
        let now = Date()
        let cookie = SessionCookie(key: .init(size: .bits256))
        let contents = SessionCookie.Contents(id: "session-1", dataKey: Data(repeating: 9, count: 32))
        let sealed = try #require(cookie.seal(contents, now: now))
        #expect(cookie.open(sealed, now: now) == contents)
        #expect(SessionCookie(key: .init(size: .bits256)).open(sealed, now: now) == nil)
        #expect(cookie.open(sealed, now: now.addingTimeInterval(SessionCookie.lifetime + 1)) == nil)
        #expect(!sealed.contains("session-1"))
    }

    @Test("CSRF tokens expire")
    func tokenExpiry() {
        let guardian = CSRFGuard(key: .init(size: .bits256), sessionID: "s")
        let now = Date()
        let token = guardian.issue(now: now)
        #expect(!guardian.redeem(token, now: now.addingTimeInterval(CSRFGuard.lifetime + 1)))
        #expect(guardian.redeem(token, now: now.addingTimeInterval(10)))
    }

    @Test("the session key is created 0600 and read back the same")
    func sessionKeyFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("session.key").path
        let key = try SessionKey.loadOrCreate(at: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try SessionKey.loadOrCreate(at: path).withUnsafeBytes { Data($0) } == key.withUnsafeBytes { Data($0) })
        try Data("short".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WebUIError.self) { try SessionKey.loadOrCreate(at: path) }
    }
}

/// The ways a state-changing request can fail to prove it came from our own page.
enum ForgedRequest: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case noToken, madeUpToken, tamperedToken, otherSessionsToken, foreignOrigin, noCookie
    var testDescription: String { rawValue }
}
