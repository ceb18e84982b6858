import CloudConfig
import Foundation
import OpenStackAPI
import OpenStackSimulator
import Secrets
import Testing

@testable import ExosphereCore
import OutboundHTTP

@Suite("Logging in to the simulator through a cloud session")
struct AuthenticationTests {
    @Test("tokens the cloud stops accepting are renewed transparently and the listing still succeeds")
    func reauthenticatesAfterExpiry() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 2, servers: 10)) { cloud in
            let sessions = cloud.sessions(cache: false)
            let before = await sessions.listInstances()
            await cloud.server.expireAllTokens()
            sessions.activityLog.clear()
            let after = await sessions.listInstances()
            await sessions.close()
            #expect(after.failures.isEmpty)
            #expect(after.items.map(\.id) == before.items.map(\.id))
            let records = sessions.activityLog.records()
            // Each project's list is refused once (401), then a new token is issued and it is retried.
            #expect(records.filter { $0.status == 401 }.count == 2)
            #expect(records.filter { $0.method == .post && $0.url.hasSuffix("/auth/tokens") }.count == 2)
        }
    }

    @Test("a wrong password is a 401 whose message says to check the credentials and never shows the password")
    func wrongPassword() async throws {
        try await SimulatedCloud.with { cloud in
            guard case .password(var auth) = cloud.profile.auth else {
                Issue.record("the simulator's clouds.yaml should use password auth")
                return
            }
            auth.password = "not-the-password"
            var profile = cloud.profile
            profile.auth = .password(auth)
            let sessions = cloud.sessions(profile, cache: false)
            let listing = await sessions.listProjects()
            await sessions.close()
            let error = try #require(listing.failures.first?.error as? OpenStackError)
            #expect(error.status == 401)
            #expect(!"\(error)".contains("not-the-password"))
            #expect(listing.items.isEmpty)
        }
    }

    @Test("an application credential reaches exactly its own project; once deleted, logging in with it says so")
    func applicationCredential() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 3, servers: 24)) { cloud in
            // Create the credential as the demo user, in the home project.
            let sessions = cloud.sessions(cache: false)
            let session = try #require(sessions.sessions.first)
            let home = try await session.homeProject()
            let token = try await session.tokens.token(for: .project(id: home.id))
            let source = session.tokens.tokenSource(for: .project(id: home.id))
            let credential = try await session.identity.createApplicationCredential(
                userID: token.user.id, ApplicationCredentialCreateRequest(name: "exo-core-test"), using: source)
            let secret = try #require(credential.secret)
            let everything = await sessions.listInstances()

            var profile = cloud.profile
            profile.auth = .applicationCredential(ApplicationCredentialAuth(credential: .id(credential.id), secret: secret))
            let scoped = cloud.sessions(profile, cache: false)
            let projects = await scoped.listProjects()
            let instances = await scoped.listInstances()
            await scoped.close()
            try await session.identity.deleteApplicationCredential(userID: token.user.id, id: credential.id, using: source)
            await sessions.close()
            let stale = cloud.sessions(profile, cache: false)
            let refused = await stale.listProjects()
            await stale.close()
            let failure = try #require(refused.failures.first)
            #expect("\(failure.error)".contains("did not accept the login"))
            #expect("\(failure.error)".contains("create a new one"))

            #expect(projects.items.map(\.id) == [home.id])
            #expect(instances.failures.isEmpty)
            #expect(!instances.items.isEmpty)
            #expect(instances.items.map(\.id) == everything.items.filter { $0.project.id == home.id }.map(\.id))
        }
    }
}
