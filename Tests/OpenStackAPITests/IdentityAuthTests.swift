import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct IdentityAuthTests {
    struct AuthCase: Sendable, CustomTestStringConvertible {
        let label: String
        let method: AuthMethod
        let scope: AuthScope?
        let expectedBody: String
        var testDescription: String { label }
    }

    static let password: Secret = "s3cr3t-pa55"
    static let credentialSecret: Secret = "rEaqvJka48mpv"

    static let cases: [AuthCase] = [
        AuthCase(
            label: "password, user by name, project by id",
            method: .password(user: .name("demo", domain: .name("Default")), password: password),
            scope: .project(id: "a6944d763bf64ee6a275f1263fae0352"),
            expectedBody: "identity/auth-password-name-project-id.json"),
        AuthCase(
            label: "password, user by id, unscoped",
            method: .password(user: .id("ee4dfb6e5540447cb3741905149d9b6e"), password: password),
            scope: .unscoped, expectedBody: "identity/auth-password-id-unscoped.json"),
        AuthCase(
            label: "password, project by name and domain",
            method: .password(user: .name("demo", domain: .id("default")), password: password),
            scope: .projectName("demo", domain: .name("Default")),
            expectedBody: "identity/auth-password-name-project-name.json"),
        AuthCase(
            label: "application credential by id",
            method: .applicationCredential(.id("423f19a4ac1e4f48bbb4180756e6eb6c"), secret: credentialSecret),
            scope: nil, expectedBody: "identity/auth-application-credential-id.json"),
        AuthCase(
            label: "application credential by name and user",
            method: .applicationCredential(
                .name("monitoring", user: .name("demo", domain: .id("default"))), secret: credentialSecret),
            scope: nil, expectedBody: "identity/auth-application-credential-name.json"),
        AuthCase(
            label: "token, project by id",
            method: .token("gAAAAABexistingtoken"), scope: .project(id: "5b50efd009b540559104ee3c03bbb2b7"),
            expectedBody: "identity/auth-token-project-id.json"),
        AuthCase(
            label: "token, project by name",
            method: .token("gAAAAABexistingtoken"), scope: .projectName("demo", domain: .id("default")),
            expectedBody: "identity/auth-token-project-name.json"),
    ]

    @Test("every auth method and scope sends the body the API reference shows", arguments: cases)
    func requestBody(_ authCase: AuthCase) async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-project-scoped.json",
            headers: ["X-Subject-Token": "gAAAAABnewtoken"])
        _ = try await environment.identity().authenticate(authCase.method, scope: authCase.scope)

        let request = try #require(environment.transport.requests.first)
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "http://cloud.test/identity/v3/auth/tokens")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("X-Auth-Token") == nil)
        #expect(try request.jsonBody() == Fixtures.json(authCase.expectedBody))
    }

    @Test("a scoped token is read from X-Subject-Token and the body")
    func scopedToken() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-project-scoped.json",
            headers: ["X-Subject-Token": "gAAAAABnewtoken", "x-openstack-request-id": "req-1"])
        let token = try await environment.identity().authenticate(
            .password(user: .name("demo", domain: .name("Default")), password: Self.password),
            scope: .project(id: "a6944d763bf64ee6a275f1263fae0352"))

        #expect(token.value.revealed == "gAAAAABnewtoken")
        #expect(token.methods == ["password"])
        #expect(
            token.user
                == TokenUser(
                    id: "ee4dfb6e5540447cb3741905149d9b6e", name: "demo",
                    domain: IdentityDomain(id: "default", name: "Default")))
        #expect(token.project?.id == "a6944d763bf64ee6a275f1263fae0352")
        #expect(token.project?.name == "demo")
        #expect(token.roles.compactMap(\.name) == ["member", "reader"])
        #expect(token.catalog.services.count == 6)
        #expect(token.applicationCredentialID == nil)
        // 2030-11-07T02:58:43.578887Z, fractional seconds included.
        #expect(abs(token.expiresAt.timeIntervalSince1970 - 1_920_250_723.578887) < 0.000_01)
        #expect(token.expiresAt.timeIntervalSince(token.issuedAt) == 3600)
    }

    @Test("an unscoped token has no project and an empty catalog")
    func unscopedToken() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-unscoped.json",
            headers: ["X-Subject-Token": "gAAAAABunscoped"])
        let token = try await environment.identity().authenticate(
            .password(user: .id("ee4dfb6e5540447cb3741905149d9b6e"), password: Self.password), scope: .unscoped)
        #expect(token.project == nil)
        #expect(token.catalog.services.isEmpty)
        #expect(token.roles.isEmpty)
    }

    @Test("an application-credential token names its credential")
    func applicationCredentialToken() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-application-credential.json",
            headers: ["X-Subject-Token": "gAAAAABappcred"])
        let token = try await environment.identity().authenticate(
            .applicationCredential(.id("58d61ff8e6e34accb35874016d1dba8b"), secret: Self.credentialSecret), scope: nil)
        #expect(token.applicationCredentialID == "58d61ff8e6e34accb35874016d1dba8b")
        #expect(token.methods == ["application_credential"])
        #expect(token.project?.id == "231c62fb0fbd485b995e8b060c3f0d98")
    }

    @Test("a response without X-Subject-Token is a decoding error naming the header")
    func missingSubjectToken() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-unscoped.json")
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.identity().authenticate(.token("gAAAAABexistingtoken"), scope: .unscoped)
        }
        guard case .decoding(let failure) = error else {
            Issue.record("expected a decoding error, got \(String(describing: error))")
            return
        }
        #expect(failure.field == "X-Subject-Token")
        #expect(failure.problem == .missingHeader)
    }

    @Test("wrong credentials give a 401 with Keystone's message and a credentials hint")
    func wrongPassword() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 401, fixture: "errors/keystone-401.json")
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.identity().authenticate(
                .password(user: .name("demo", domain: .name("Default")), password: Self.password), scope: .unscoped)
        }
        #expect(error?.status == 401)
        #expect(error?.cloudMessage == "The request you have made requires authentication.")
        #expect(error?.recovery?.sourceText.contains("password") == true)
    }

    @Test(
        "the auth URL gets /v3 unless it has it",
        arguments: [
            ("http://cloud.test/identity", "http://cloud.test/identity/v3"),
            ("http://cloud.test/identity/", "http://cloud.test/identity/v3"),
            ("https://keystone.test:5000/v3", "https://keystone.test:5000/v3"),
            ("https://keystone.test:5000/v3/", "https://keystone.test:5000/v3"),
            ("https://keystone.test:5000", "https://keystone.test:5000/v3"),
        ])
    func authURL(given: String, expected: String) throws {
        let environment = TestEnvironment()
        let client = IdentityClient(context: environment.context, authURL: try TestEnvironment.url(URL(string: given)))
        #expect(client.baseURL.absoluteString == expected)
    }
}
