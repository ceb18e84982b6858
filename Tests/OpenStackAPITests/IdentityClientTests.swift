import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct IdentityClientTests {
    let userID = "fd786d56402c4d1691372e7dee0d00b5"

    @Test("listAuthProjects sends the token and reads the projects")
    func authProjects() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/identity/v3/auth/projects", fixture: "identity/auth-projects.json")
        let projects = try await environment.identity().listAuthProjects(
            using: StaticTokenSource(TestEnvironment.token))
        #expect(projects.map(\.name) == ["Test Group", "Build Group"])
        #expect(projects.first?.domainID == "1789d1")
        let request = try #require(environment.transport.requests.first)
        #expect(request.header("X-Auth-Token") == TestEnvironment.token.revealed)
        #expect(request.header("Accept") == "application/json")
    }

    @Test("createApplicationCredential posts the reference body and returns the secret once, as a Secret")
    func createApplicationCredential() async throws {
        let environment = TestEnvironment()
        let path = "/identity/v3/users/\(userID)/application_credentials"
        try environment.transport.on(
            .post, path, status: 201, fixture: "identity/application-credential-create-response.json")
        let request = ApplicationCredentialCreateRequest(
            name: "exosphere", description: "Application credential for Exosphere.",
            expiresAt: Date(timeIntervalSince1970: 1_929_983_459), roles: [Role(name: "member")], unrestricted: false)
        let credential = try await environment.identity().createApplicationCredential(
            userID: userID, request, using: StaticTokenSource(TestEnvironment.token))

        #expect(credential.secret?.revealed == "rEaqvJka48mpv")
        #expect("\(credential)".contains("rEaqvJka48mpv") == false)
        #expect(credential.projectID == "231c62fb0fbd485b995e8b060c3f0d98")
        #expect(credential.expiresAt == Date(timeIntervalSince1970: 1_929_983_459))
        let sent = try #require(environment.transport.requests(.post, path).first)
        #expect(try sent.jsonBody() == Fixtures.json("identity/application-credential-create-request.json"))
    }

    @Test("application credentials are listed (with a name filter) and deleted")
    func listAndDeleteApplicationCredentials() async throws {
        let environment = TestEnvironment()
        let path = "/identity/v3/users/\(userID)/application_credentials"
        try environment.transport.on(.get, path, fixture: "identity/application-credentials-list.json")
        try environment.transport.on(.delete, path + "/308a7e905eee4071aac5971744c061f6", status: 204)
        let identity = try environment.identity()
        let tokens = StaticTokenSource(TestEnvironment.token)

        let credentials = try await identity.listApplicationCredentials(userID: userID, name: "backups", using: tokens)
        #expect(credentials.map(\.name) == ["backups", "monitoring"])
        #expect(credentials.allSatisfy { $0.secret == nil })
        #expect(credentials.last?.expiresAt == nil)
        #expect(environment.transport.requests.first?.query == ["name": "backups"])

        try await identity.deleteApplicationCredential(
            userID: userID, id: "308a7e905eee4071aac5971744c061f6", using: tokens)
        #expect(environment.transport.requests(.delete, path + "/308a7e905eee4071aac5971744c061f6").count == 1)
    }
}
