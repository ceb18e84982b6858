import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

/// No password, token or credential secret may reach a log line, an activity record or an error.
struct SecretLeakTests {
    static let password = "pa55-SENTINEL-word"
    static let credentialSecret = "cred-SENTINEL-secret"
    static let subjectToken = "gAAAAAB-SENTINEL-token"
    static let sentinel = "SENTINEL"

    func everythingVisible(_ environment: TestEnvironment, errors: [any Error]) -> [String] {
        environment.logs.text
            + environment.activity.records().map { "\($0)" }
            + errors.map { "\($0)" }
            + errors.compactMap {
                ($0 as? OpenStackError).map { $0.message.sourceText + " " + ($0.recovery?.sourceText ?? "") }
            }
    }

    @Test("successful and failed authentication leak nothing")
    func authentication() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 201, fixture: "identity/token-project-scoped.json",
            headers: ["X-Subject-Token": Self.subjectToken])
        let identity = try environment.identity()
        let token = try await identity.authenticate(
            .password(user: .name("demo", domain: .name("Default")), password: Secret(Self.password)),
            scope: .project(id: "p"))
        #expect(token.value.revealed == Self.subjectToken)

        try environment.transport.on(
            .post, "/identity/v3/auth/tokens", status: 401, fixture: "errors/keystone-401.json")
        var errors: [any Error] = []
        do {
            _ = try await identity.authenticate(
                .applicationCredential(.id("id"), secret: Secret(Self.credentialSecret)), scope: nil)
        } catch {
            errors.append(error)
        }
        #expect(errors.count == 1)
        let visible =
            everythingVisible(environment, errors: errors) + [
                "\(token)", "\(AuthMethod.token(Secret(Self.subjectToken)))",
            ]
        #expect(!visible.isEmpty)
        #expect(visible.allSatisfy { !$0.contains(Self.sentinel) })
    }

    @Test("service calls with a token leak nothing, even when the cloud echoes it in an error")
    func serviceCalls() async throws {
        let environment = TestEnvironment()
        let echo = Data(#"{"itemNotFound": {"code": 404, "message": "not found"}}"#.utf8)
        environment.transport.on(.get, "/compute/v2.1/servers/x") { request in
            #expect(request.header("X-Auth-Token") == Self.subjectToken)
            return TransportResponse(status: 404, body: echo)
        }
        let compute = try environment.compute(tokens: StaticTokenSource(Secret(Self.subjectToken)))
        var errors: [any Error] = []
        do { _ = try await compute.showServer(id: "x") } catch { errors.append(error) }
        let visible = everythingVisible(environment, errors: errors)
        #expect(environment.logs.text.count == 1)
        #expect(visible.allSatisfy { !$0.contains(Self.sentinel) })
    }

    @Test("user information in an endpoint URL is dropped from records and logs")
    func urlUserInfo() async throws {
        let environment = TestEnvironment()
        let endpoint = try TestEnvironment.url(URL(string: "http://admin:\(Self.password)@cloud.test/image"))
        try environment.transport.on(.delete, "/image/v2/images/i1", status: 204)
        let images = ImageClient(
            context: environment.context, endpoint: endpoint, tokens: StaticTokenSource(TestEnvironment.token))
        try await images.deleteImage(id: "i1")
        #expect(environment.activity.records().first?.url == "http://cloud.test/image/v2/images/i1")
        #expect(everythingVisible(environment, errors: []).allSatisfy { !$0.contains(Self.sentinel) })
    }
}
