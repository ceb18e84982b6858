import CloudConfig
import Foundation
import OpenStackAPI
import Secrets
import Testing

@testable import ExosphereCore

/// Refusals: each must reach the caller as an ``OpenStackError`` with the service's status and
/// the service's own words. (409 is covered by the lifecycle, key pair and security group tests.)
@Suite("Errors", .tags(.contract))
struct ErrorContractTests {
    @Test("404 from every service for something that does not exist", arguments: Backend.available)
    func notFound(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let missing = UUID().uuidString.lowercased()
            await cloud.expectCloudError(404, "compute: show a missing server") {
                try await cloud.compute.showServer(id: missing)
            }
            await cloud.expectCloudError(404, "image: show a missing image") {
                try await cloud.images.showImage(id: missing)
            }
            await cloud.expectCloudError(404, "network: show a missing network") {
                try await cloud.network.showNetwork(id: missing)
            }
            await cloud.expectCloudError(404, "block storage: show a missing volume") {
                try await cloud.volumes.showVolume(id: missing)
            }
        }
    }

    @Test("401 for a wrong password (or secret)", arguments: Backend.available)
    func unauthorized(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let wrong = Secret("exo-contract-wrong-\(UUID().uuidString)")
            let method: AuthMethod
            switch cloud.profile.authMethod() {
            case .password(let user, _): method = .password(user: user, password: wrong)
            case .applicationCredential(let credential, _): method = .applicationCredential(credential, secret: wrong)
            case .token, .singleSignOn: method = .token(wrong)
            }
            await cloud.expectCloudError(401, "identity: log in with a wrong password") {
                try await cloud.identity.authenticate(method, scope: cloud.scope)
            }
        }
    }

    @Test("403 for another user's application credentials", arguments: Backend.available)
    func forbidden(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let someoneElse = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            await cloud.expectCloudError(403, "identity: list another user's application credentials") {
                try await cloud.identity.listApplicationCredentials(
                    userID: someoneElse, using: cloud.tokens.tokenSource(for: cloud.scope))
            }
        }
    }

    @Test(
        "400 for a server with a flavor that does not exist, and a rule with a bad direction",
        arguments: Backend.available)
    func badRequest(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let choice = try await cloud.bootChoice()
            let networks = choice.network.map { ServerNetworks.list([ServerNetwork(uuid: $0.id)]) } ?? .auto
            await cloud.expectCloudError(400, "compute: create a server with a flavor that does not exist") {
                let created = try await cloud.compute.createServer(
                    ServerCreateRequest(
                        name: cloud.names.name("bad-flavor"), imageRef: choice.image.id,
                        flavorRef: "exo-contract-no-such-flavor", networks: networks))
                await cleanup.add("server \(created.id)") { try await cloud.deleteServerAndWait(created.id) }
                return created
            }
            let group = try #require(
                try await cloud.network.listSecurityGroups(
                    NetworkListQuery(filters: ["name": "default", "project_id": cloud.projectID])
                ).first)
            await cloud.expectCloudError(400, "network: add a rule with a direction that does not exist") {
                let rule = try await cloud.network.createSecurityGroupRule(
                    SecurityGroupRuleCreateRequest(securityGroupID: group.id, direction: "sideways"))
                await cleanup.add("rule \(rule.id)") { try await cloud.network.deleteSecurityGroupRule(id: rule.id) }
                return rule
            }
        }
    }
}
