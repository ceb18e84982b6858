import Foundation
import Localization
@testable import OpenStackAPI
import Secrets
import Testing
@testable import OutboundHTTP

struct TokenManagerTests {
    static let start = Date(timeIntervalSince1970: 1_900_000_000)
    static let password = AuthMethod.password(user: .name("demo", domain: .name("Default")), password: "s3cr3t-pa55")

    struct Setup {
        let environment = TestEnvironment()
        let clock = FakeClock(TokenManagerTests.start)
        let keystone: FakeKeystone
        let manager: TokenManager

        init(method: AuthMethod = TokenManagerTests.password, lifetime: TimeInterval = 3600, cached: [Token] = [])
            throws
        {
            keystone = FakeKeystone(transport: environment.transport, clock: clock, lifetime: lifetime)
            manager = TokenManager(
                identity: try environment.identity(), method: method, refreshMargin: .seconds(300), clock: clock,
                cachedTokens: cached)
        }
    }

    @Test("single sign-on with no current sign-in asks for one without calling Keystone; with one it rescopes it")
    func singleSignOn() async throws {
        let none = try Setup(method: .singleSignOn(nil))
        await #expect(throws: OpenStackError.singleSignOnNeeded) { try await none.manager.token(for: .project(id: "p1")) }
        #expect(none.keystone.calls == 0)
        let signedIn = try Setup(method: .singleSignOn("sso-token-from-login"))
        let token = try await signedIn.manager.token(for: .project(id: "p1"))
        #expect(token.project?.id == "p1")
        #expect(signedIn.keystone.calls == 1)
    }

    @Test("twenty concurrent asks for one project make one Keystone call")
    func coalescesSameScope() async throws {
        let setup = try Setup()
        let values = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask { try await setup.manager.token(for: .project(id: "p1")).value.revealed }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(setup.keystone.calls == 1)
        #expect(values == ["token-1-p1"])
    }

    @Test("ten projects asked at once (twice each) make ten Keystone calls")
    func oneCallPerProject() async throws {
        let setup = try Setup()
        let projects = (1...10).map { "project-\($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for project in projects + projects {
                group.addTask {
                    let token = try await setup.manager.token(for: .project(id: project))
                    #expect(token.project?.id == project)
                }
            }
            try await group.waitForAll()
        }
        #expect(setup.keystone.calls == 10)
        #expect(await setup.manager.exportTokens().count == 10)
    }

    @Test("a token is reused until the refresh margin, then renewed")
    func renewsBeforeExpiry() async throws {
        let setup = try Setup()
        let first = try await setup.manager.token(for: .project(id: "p1"))
        setup.clock.advance(by: 54 * 60)
        #expect(try await setup.manager.token(for: .project(id: "p1")) == first)
        #expect(setup.keystone.calls == 1)
        setup.clock.advance(by: 2 * 60)
        let renewed = try await setup.manager.token(for: .project(id: "p1"))
        #expect(setup.keystone.calls == 2)
        #expect(renewed.value != first.value)
    }

    @Test("a short-lived token is renewed halfway through its life, not on every request")
    func shortLivedTokens() async throws {
        let setup = try Setup(lifetime: 120)
        _ = try await setup.manager.token(for: .project(id: "p1"))
        setup.clock.advance(by: 50)
        _ = try await setup.manager.token(for: .project(id: "p1"))
        #expect(setup.keystone.calls == 1)
        setup.clock.advance(by: 20)
        _ = try await setup.manager.token(for: .project(id: "p1"))
        #expect(setup.keystone.calls == 2)
    }

    @Test("a seeded token is used without calling Keystone, and exported again")
    func seededCache() async throws {
        let source = try Setup()
        let cached = try await source.manager.token(for: .project(id: "p1"))
        let setup = try Setup(cached: [cached])
        #expect(try await setup.manager.token(for: .project(id: "p1")) == cached)
        #expect(try await setup.manager.token(for: .projectName("project-p1", domain: .name("Default"))) == cached)
        #expect(setup.keystone.calls == 0)
        #expect(await setup.manager.exportTokens() == [cached])
    }

    @Test("tokens survive a Codable round trip, as the core's disk cache needs")
    func codableToken() async throws {
        let setup = try Setup()
        let token = try await setup.manager.token(for: .project(id: "p1"))
        let decoded = try JSONDecoder().decode(Token.self, from: JSONEncoder().encode(token))
        #expect(decoded == token)
    }

    @Test("an expired seeded token is ignored")
    func expiredSeed() async throws {
        let source = try Setup()
        let cached = try await source.manager.token(for: .project(id: "p1"))
        let setup = try Setup()
        setup.clock.advance(by: 7200)
        await setup.manager.seed([cached])
        #expect(await setup.manager.exportTokens().isEmpty)
        _ = try await setup.manager.token(for: .project(id: "p1"))
        #expect(setup.keystone.calls == 1)
    }

    @Test("after a 401 the client invalidates the token, re-authenticates and retries once")
    func retryAfter401() async throws {
        let setup = try Setup()
        let compute = try setup.environment.compute(tokens: setup.manager.tokenSource(for: .project(id: "p1")))
        let servers = try Fixtures.data("compute/servers-detail-v2.1.json")
        setup.environment.transport.on(.get, "/compute/v2.1/servers/detail") { request in
            request.header("X-Auth-Token") == "token-1-p1"
                ? TransportResponse(status: 401, body: Data("{\"error\": {\"message\": \"expired\"}}".utf8))
                : TransportResponse(status: 200, body: servers)
        }
        let list = try await compute.listServers()
        #expect(list.count == 2)
        let tokensSent = setup.environment.transport.requests(.get, "/compute/v2.1/servers/detail").map {
            $0.header("X-Auth-Token")
        }
        #expect(tokensSent == ["token-1-p1", "token-2-p1"])
        #expect(setup.keystone.calls == 2)
    }

    @Test("a second 401 is reported, not retried again")
    func persistent401() async throws {
        let setup = try Setup()
        let compute = try setup.environment.compute(tokens: setup.manager.tokenSource(for: .project(id: "p1")))
        try setup.environment.transport.on(
            .get, "/compute/v2.1/servers/detail", status: 401, fixture: "errors/keystone-401.json")
        let error = await #expect(throws: OpenStackError.self) { try await compute.listServers() }
        #expect(error?.status == 401)
        #expect(setup.environment.transport.requests(.get, "/compute/v2.1/servers/detail").count == 2)
    }

    @Test("a fixed token refused with 401 is not retried")
    func staticTokenNotRetried() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/compute/v2.1/servers/detail", status: 401, fixture: "errors/keystone-401.json")
        await #expect(throws: OpenStackError.self) { try await environment.compute().listServers() }
        #expect(environment.transport.requests.count == 1)
    }

    @Test("application-credential tokens serve their own project only, from one Keystone call")
    func applicationCredentialScope() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-application-credential.json",
            headers: ["X-Subject-Token": "gAAAAABappcred"])
        let manager = TokenManager(
            identity: try environment.identity(),
            method: .applicationCredential(.id("58d61ff8e6e34accb35874016d1dba8b"), secret: "rEaqvJka48mpv"),
            clock: FakeClock(Date(timeIntervalSince1970: 1_894_000_000)))
        let bound = "231c62fb0fbd485b995e8b060c3f0d98"
        async let first = manager.token(for: .project(id: bound))
        async let second = manager.token(for: .unscoped)
        #expect(try await first == second)
        #expect(environment.transport.requests.count == 1)
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(body["auth"]?["scope"] == nil)

        let error = await #expect(throws: OpenStackError.self) { try await manager.token(for: .project(id: "other")) }
        #expect(error == .applicationCredentialScope(boundProjectID: bound, requested: "other"))
        #expect(environment.transport.requests.count == 1)
    }

    @Test("token authentication cannot outlive the original token: log in again")
    func tokenMethodExpires() async throws {
        let setup = try Setup(method: .token("gAAAAABexistingtoken"))
        _ = try await setup.manager.token(for: .project(id: "p1"))
        setup.clock.advance(by: 3601)
        let error = await #expect(throws: OpenStackError.self) {
            try await setup.manager.token(for: .project(id: "p1"))
        }
        #expect(error == .loginExpired)
        #expect(error?.recovery?.description.contains("Log in again") == true)
        #expect(setup.keystone.calls == 1)
    }

    @Test("a refused token (401 from Keystone) also means: log in again")
    func tokenMethodRefused() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 401, fixture: "errors/keystone-401.json")
        let manager = TokenManager(identity: try environment.identity(), method: .token("gAAAAABrevoked"))
        let error = await #expect(throws: OpenStackError.self) { try await manager.token(for: .unscoped) }
        #expect(error == .loginExpired)
    }
}
