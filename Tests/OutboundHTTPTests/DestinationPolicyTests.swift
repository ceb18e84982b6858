import Foundation
import Localization
import Synchronization
import Testing

@testable import OutboundHTTP

/// A visitor's cloud calls reach only the hosts the operator allows, never the server's neighbours.
@Suite("Destination policy")
struct DestinationPolicyTests {
    @Test(
        "non-public addresses are recognised, in every spelling",
        arguments: [
            "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1", "::1", "::", "fe80::1", "fd00::1", "fc00::abcd",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::10.0.0.1", "ff02::1", "2001:db8::1", "fe80::1%eth0",
            "not-an-address", "127.1", "0x7f.0.0.1", "01.2.3.4",
        ])
    func privateAddresses(address: String) {
        #expect(!DestinationPolicy.isPublic(address))
    }

    @Test("public addresses pass", arguments: ["8.8.8.8", "149.165.168.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.4.4"])
    func publicAddresses(address: String) {
        #expect(DestinationPolicy.isPublic(address))
    }

    @Test("the operator's list: exact names and whole domains")
    func listed() {
        let policy = DestinationPolicy(allowedHosts: ["keystone.example.org", "*.jetstream-cloud.org"])
        #expect(policy.isListed("keystone.example.org"))
        #expect(policy.isListed("KEYSTONE.example.org"))
        #expect(policy.isListed("js2.jetstream-cloud.org"))
        #expect(!policy.isListed("jetstream-cloud.org.evil.test"))
        #expect(!policy.isListed("evil-jetstream-cloud.org"))
        #expect(!policy.isListed("example.org"))
        #expect(DestinationPolicy().isListed("anything.test"))
    }

    @Test("a host is refused when unlisted, private or unresolved, with a sentence that says which")
    func refusals() {
        let policy = DestinationPolicy(allowedHosts: ["*.example.org"])
        #expect(throws: DestinationRefusal(host: "evil.test", reason: .notListed)) {
            try policy.check(host: "evil.test", addresses: ["8.8.8.8"])
        }
        #expect(throws: DestinationRefusal(host: "api.example.org", reason: .privateAddress("10.1.2.3"))) {
            try policy.check(host: "api.example.org", addresses: ["8.8.8.8", "10.1.2.3"])
        }
        #expect(throws: DestinationRefusal(host: "api.example.org", reason: .unresolved)) {
            try policy.check(host: "api.example.org", addresses: [])
        }
        let refusal = DestinationRefusal(host: "api.example.org", reason: .privateAddress("10.1.2.3"))
        #expect(refusal.message.sourceText.contains("on a private network"))
        #expect(throws: Never.self) { try DestinationPolicy(allowsPrivateAddresses: true).check(host: "localhost", addresses: ["127.0.0.1"]) }
    }

    @Test("the guard refuses a host the policy does not allow, and looks a name up once a minute")
    func guardVerdicts() async throws {
        let lookups = Mutex(0)
        let guardian = DestinationGuard(policy: DestinationPolicy()) { host in
            lookups.withLock { $0 += 1 }
            return host == "metadata.test" ? ["169.254.169.254"] : ["8.8.8.8"]
        }
        let refused = try #require(URL(string: "http://metadata.test/latest/meta-data"))
        await #expect(throws: DestinationRefusal(host: "metadata.test", reason: .privateAddress("169.254.169.254"))) {
            try await guardian.allow(refused)
        }
        await #expect(throws: DestinationRefusal.self) { try await guardian.allow(refused) }
        let allowed = try #require(URL(string: "https://cloud.test:5000/v3"))
        for _ in 0..<5 { try await guardian.allow(allowed) }
        #expect(lookups.withLock { $0 } == 2)
        await #expect(throws: DestinationRefusal.self) {
            try await DestinationGuard(policy: DestinationPolicy()).allow(try #require(URL(string: "http://[::1]:8774/")))
        }
    }

    @Test("a real lookup of localhost finds a loopback address")
    func lookUpLocalhost() async {
        let addresses = await DestinationPolicy.lookUp("localhost")
        #expect(!addresses.isEmpty)
        #expect(addresses.allSatisfy { !DestinationPolicy.isPublic($0) })
        #expect(await DestinationPolicy.lookUp("[::1]") == ["::1"])
    }
}
