import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

/// The single-resource reads not covered elsewhere: each sends GET to the documented path and
/// decodes the documented wrapper.
struct ShowOperationsTests {
    struct ShowCase: Sendable, CustomTestStringConvertible {
        let name: String
        let path: String
        let body: String
        let call: @Sendable (TestEnvironment) async throws -> String?
        var testDescription: String { name }
    }

    static let cases: [ShowCase] = [
        ShowCase(
            name: "showFlavor", path: "/compute/v2.1/flavors/1",
            body: #"{"flavor": {"id": "1", "name": "m1.tiny", "vcpus": 1, "ram": 512, "disk": 1, "swap": 0}}"#,
            call: { try await $0.compute().showFlavor(id: "1").name }),
        ShowCase(
            name: "showKeypair", path: "/compute/v2.1/os-keypairs/laptop",
            body:
                #"{"keypair": {"name": "laptop", "public_key": "ssh-ed25519 AAAA", "user_id": "u1", "created_at": "2014-05-07T12:06:13.681238"}}"#,
            call: { try await $0.compute().showKeypair(name: "laptop").userID }),
        ShowCase(
            name: "showNetwork", path: "/network/v2.0/networks/n1",
            body: #"{"network": {"id": "n1", "name": "private"}}"#,
            call: { try await $0.network().showNetwork(id: "n1").name }),
        ShowCase(
            name: "showSubnet", path: "/network/v2.0/subnets/s1",
            body:
                #"{"subnet": {"id": "s1", "name": "sub", "network_id": "n1", "cidr": "10.0.0.0/24", "ip_version": 4}}"#,
            call: { try await $0.network().showSubnet(id: "s1").cidr }),
        ShowCase(
            name: "showRouter", path: "/network/v2.0/routers/r1", body: #"{"router": {"id": "r1", "name": "router1"}}"#,
            call: { try await $0.network().showRouter(id: "r1").name }),
        ShowCase(
            name: "showPort", path: "/network/v2.0/ports/p1",
            body: #"{"port": {"id": "p1", "network_id": "n1", "device_id": "vm"}}"#,
            call: { try await $0.network().showPort(id: "p1").deviceID }),
        ShowCase(
            name: "listSecurityGroupRules", path: "/network/v2.0/security-group-rules",
            body: #"{"security_group_rules": [{"id": "r", "security_group_id": "g", "direction": "ingress"}]}"#,
            call: { try await $0.network().listSecurityGroupRules().first?.direction }),
        ShowCase(
            name: "showApplicationCredential",
            path: "/identity/v3/users/u1/application_credentials/c1",
            body: #"{"application_credential": {"id": "c1", "name": "ci", "project_id": "p", "unrestricted": false}}"#,
            call: {
                try await $0.identity().showApplicationCredential(
                    userID: "u1", id: "c1", using: StaticTokenSource(TestEnvironment.token)
                ).name
            }),
    ]

    static let expected = [
        "showFlavor": "m1.tiny", "showKeypair": "u1", "showNetwork": "private", "showSubnet": "10.0.0.0/24",
        "showRouter": "router1", "showPort": "vm", "listSecurityGroupRules": "ingress",
        "showApplicationCredential": "ci",
    ]

    @Test("each read sends GET with the token to the documented path", arguments: cases)
    func show(_ showCase: ShowCase) async throws {
        let environment = TestEnvironment()
        let body = Data(showCase.body.utf8)
        environment.transport.on(.get, showCase.path) { _ in TransportResponse(status: 200, body: body) }
        let value = try await showCase.call(environment)
        #expect(value == Self.expected[showCase.name])
        let request = try #require(environment.transport.requests.first)
        #expect(request.method == .get)
        #expect(request.url.path == showCase.path)
        #expect(request.header("X-Auth-Token") == TestEnvironment.token.revealed)
        #expect(request.body == nil)
    }
}
