import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import WebUI

@Suite("CSRF on every lifecycle and resource form")
struct LifecycleCSRFTests {
    static let posts = [
        "/launch", "/instances/cloud0/vm-1/actions/stop", "/instances/cloud0/vm-1/delete", "/instances/cloud0/vm-1/volumes/attach",
        "/instances/cloud0/vm-1/volumes/detach", "/volumes", "/volumes/vol-1/extend", "/volumes/vol-1/delete", "/floating-ips",
        "/floating-ips/fip-1/associate", "/floating-ips/fip-1/release", "/keypairs", "/keypairs/delete",
        "/security-groups/sg-1/ensure", "/images/img-1/delete", "/images/upload", "/instances/cloud0/vm-1/actions/resize",
        "/instances/cloud0/vm-1/actions/rebuild", "/instances/bulk",
    ]

    @Test("a post without a token, or with another session's, is refused; with its own it reaches the route", arguments: posts)
    func refused(path: String) async throws {
        try await TestWebApp.test() { client in
            var victim = TestBrowser(client)
            try await victim.get("/settings")
            var attacker = TestBrowser(client)
            try await attacker.get("/settings")
            let fields = [("cloud", "cloud0"), ("volume", "vol-1"), ("name", "n"), ("size", "2")]
            #expect(try await victim.post(path, fields, csrf: .some(nil)).status == .forbidden)
            #expect(try await victim.post(path, fields, csrf: attacker.csrf).status == .forbidden)
            // With a valid token the route itself answers (no cloud is added here, so it finds
            // nothing), which shows the refusals above came from the token check.
            #expect(try await victim.post(path, fields).status != .forbidden)
        }
    }
}
