import CloudConfig
import Foundation
import OpenStackAPI
import OpenStackSimulator
import Secrets
import Testing

@testable import ExosphereCore

@Suite("Signing out of a cloud")
struct SignOutTests {
    @Test("every token the session held is revoked: Keystone refuses a copy of one afterwards, and the session signs in anew")
    func tokensRevoked() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 2, servers: 2)) { cloud in
            let sessions = cloud.sessions(cache: false)
            let session = try #require(sessions.sessions.first)
            #expect(await sessions.listInstances().failures.isEmpty)
            let held = await session.tokens.exportTokens()
            #expect(held.count >= 2)
            #expect(await session.signedInUserID() == held.first?.user.id)
            let copied = try #require(held.first?.value)
            let identity = session.identity
            // Before: the copy works.
            #expect(try await identity.listAuthProjects(using: StaticTokenSource(copied)).count == 2)
            #expect(await session.signOut() == 0)
            #expect(await session.tokens.exportTokens().isEmpty)
            #expect(await session.signedInUserID() == nil)
            for token in held {
                let error = await #expect(throws: OpenStackError.self) {
                    try await identity.listAuthProjects(using: StaticTokenSource(token.value))
                }
                #expect(error?.status == 401)
            }
            // The session itself is not broken: its next call signs in again.
            #expect(try await session.listProjects().count == 2)
            await sessions.close()
        }
    }

    @Test("revoking a token twice, or one Keystone expired, is no failure")
    func revokingTwice() async throws {
        try await SimulatedCloud.with { cloud in
            let sessions = cloud.sessions(cache: false)
            let session = try #require(sessions.sessions.first)
            _ = try await session.listProjects()
            let token = try #require(await session.tokens.exportTokens().first?.value)
            try await session.identity.revoke(token)
            try await session.identity.revoke(token)
            await cloud.server.expireAllTokens()
            _ = try await session.listProjects()
            #expect(await session.signOut() == 0)
            await sessions.close()
        }
    }
}
