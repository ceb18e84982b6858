import CloudConfig
import Foundation
@testable import OpenStackAPI
import Secrets
import Testing

@testable import ExosphereCore
@testable import OutboundHTTP

/// Logging in: password, application credential, and renewing a token that has expired or that a
/// service refused.
@Suite("Authentication", .tags(.contract))
struct AuthenticationContractTests {
    @Test("password login yields a project token with a catalog", arguments: Backend.available)
    func password(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let token = cloud.token
            #expect(token.methods == ["password"])
            #expect(token.expiresAt > token.issuedAt)
            #expect(!token.user.id.isEmpty)
            #expect(!cloud.projectID.isEmpty)
            #expect(!token.roles.isEmpty)
            #expect(!token.catalog.services.isEmpty)
            let projects = try await cloud.identity.listAuthProjects(using: cloud.tokens.tokenSource(for: .unscoped))
            #expect(projects.contains { $0.id == cloud.projectID })
        }
    }

    @Test(
        "an application credential made by the client logs in, lists servers and stops working once deleted",
        arguments: Backend.available)
    func applicationCredential(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let userID = cloud.token.user.id
            let source = cloud.tokens.tokenSource(for: cloud.scope)
            let created = try await cloud.identity.createApplicationCredential(
                userID: userID,
                ApplicationCredentialCreateRequest(name: cloud.names.name("appcred"), description: "contract test"),
                using: source)
            await cleanup.add("application credential \(created.id)") {
                do {
                    try await cloud.identity.deleteApplicationCredential(userID: userID, id: created.id, using: source)
                } catch let error as OpenStackError where error.status == 404 {}
            }
            let secret = try #require(created.secret, "Keystone returns the secret once, on creation")
            #expect(created.projectID == cloud.projectID)
            #expect(created.name == cloud.names.name("appcred"))

            let method = AuthMethod.applicationCredential(.id(created.id), secret: secret)
            let manager = TokenManager(identity: cloud.identity, method: method)
            let token = try await manager.token(for: .unscoped)
            #expect(token.methods == ["application_credential"])
            #expect(token.applicationCredentialID == created.id)
            #expect(token.project?.id == cloud.projectID)
            let compute = ComputeClient(
                context: cloud.context, endpoint: try cloud.endpoint(.compute),
                tokens: manager.tokenSource(for: .unscoped), microversion: cloud.compute.microversion)
            _ = try await compute.listServers()

            let listed = try await cloud.identity.listApplicationCredentials(
                userID: userID, name: created.name, using: source)
            #expect(listed.map(\.id) == [created.id])
            #expect(listed.first?.secret == nil, "the secret is never shown again")

            try await cloud.identity.deleteApplicationCredential(userID: userID, id: created.id, using: source)
            await cloud.expectCloudError(404, "show a deleted application credential") {
                try await cloud.identity.showApplicationCredential(userID: userID, id: created.id, using: source)
            }
            // Keystone looks the credential up before checking the secret, and answers 404 (not 401)
            // for one that no longer exists.
            await cloud.expectCloudError(404, "log in with a deleted application credential") {
                try await cloud.identity.authenticate(method, scope: nil)
            }
        }
    }

    @Test("a token past its expiry is renewed before the request goes out", arguments: Backend.available)
    func renewalAfterExpiry(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let clock = MovableClock()
            let manager = TokenManager(identity: cloud.identity, method: cloud.profile.authMethod(), clock: clock)
            let compute = ComputeClient(
                context: cloud.context, endpoint: try cloud.endpoint(.compute),
                tokens: manager.tokenSource(for: cloud.scope), microversion: cloud.compute.microversion)
            _ = try await compute.listFlavors()
            let first = try await manager.token(for: cloud.scope)
            let logins = cloud.transport.count(.post, pathSuffix: "/auth/tokens")

            clock.advance(by: first.expiresAt.timeIntervalSince(clock.now()) + 86_400)
            let flavors = try await compute.listFlavors()

            #expect(!flavors.isEmpty)
            #expect(cloud.transport.count(.post, pathSuffix: "/auth/tokens") == logins + 1)
            let renewed = cloud.transport.last(.post, pathSuffix: "/auth/tokens")?.json
            #expect(renewed?["token"]?["project"]?["id"] == .string(cloud.projectID))
        }
    }

    @Test("a token the service refuses (401) is replaced and the request retried once", arguments: Backend.available)
    func renewalAfterRefusal(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let stale = Token(
                value: Secret("exo-contract-invalid-\(UUID().uuidString)"),
                expiresAt: Date().addingTimeInterval(86_400),
                issuedAt: Date(), methods: ["password"], user: cloud.token.user, project: cloud.token.project,
                roles: cloud.token.roles, catalog: cloud.token.catalog)
            let manager = TokenManager(
                identity: cloud.identity, method: cloud.profile.authMethod(), cachedTokens: [stale])
            let compute = ComputeClient(
                context: cloud.context, endpoint: try cloud.endpoint(.compute),
                tokens: manager.tokenSource(for: cloud.scope), microversion: cloud.compute.microversion)
            let logins = cloud.transport.count(.post, pathSuffix: "/auth/tokens")

            let flavors = try await compute.listFlavors()

            #expect(!flavors.isEmpty)
            let calls = cloud.transport.exchanges.suffix(3).map { "\($0.method.rawValue) \($0.status)" }
            #expect(calls == ["GET 401", "POST 201", "GET 200"])
            #expect(cloud.transport.count(.post, pathSuffix: "/auth/tokens") == logins + 1)
            #expect(try await manager.token(for: cloud.scope).value != stale.value)
        }
    }
}
