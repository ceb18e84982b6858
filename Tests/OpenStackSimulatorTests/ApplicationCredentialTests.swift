import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Identity API ref, "Application Credentials": create, authenticate, restrictions, delete.
@Suite struct ApplicationCredentialTests {
    private func userID(_ simulator: SimulatorHarness, token: String) async throws -> String {
        let reply = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: token, headers: [("X-Subject-Token", token)])
        return try #require(try reply.json()["token"]?["user"]?["id"]?.string)
    }

    @Test func createAuthenticateAndDelete() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let user = try await userID(simulator, token: token)
            let path = "/identity/v3/users/\(user)/application_credentials"
            let created = try await simulator.send(.POST, path, token: token, json: #"{"application_credential": {"name": "exosphere-laptop"}}"#)
            #expect(created.status == 201)
            let credential = try #require(try created.json()["application_credential"])
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("keystone-application-credential"), actual: try created.json()) == [])
            let id = try #require(credential["id"]?.string)
            let secret = try #require(credential["secret"]?.string)

            // The secret is only returned at creation.
            let shown = try await simulator.send(.GET, path + "/" + id, token: token)
            #expect(shown.status == 200)
            #expect(try shown.json()["application_credential"]?["secret"] == nil)

            let auth = #"{"auth": {"identity": {"methods": ["application_credential"], "application_credential": {"id": "\#(id)", "secret": "\#(secret)"}}}}"#
            let issued = try await simulator.send(.POST, "/identity/v3/auth/tokens", json: auth)
            #expect(issued.status == 201)
            let appToken = try #require(issued.header("X-Subject-Token"))
            let body = try issued.json()["token"]
            #expect(body?["methods"]?.array?.compactMap(\.string) == ["application_credential"])
            #expect(body?["application_credential"]?["restricted"]?.bool == true)
            #expect(body?["project"]?["name"]?.string == simulator.endpoint.projectNames.first)

            // A restricted application credential cannot manage application credentials.
            let refused = try await simulator.send(.POST, path, token: appToken, json: #"{"application_credential": {"name": "second"}}"#)
            #expect(refused.status == 403)
            let servers = try await simulator.send(.GET, "/compute/v2.1/servers", token: appToken)
            #expect(servers.status == 200)

            let deleted = try await simulator.send(.DELETE, path + "/" + id, token: token)
            #expect(deleted.status == 204)
            // Keystone looks the credential up first: a deleted one is 404, not 401.
            let again = try await simulator.send(.POST, "/identity/v3/auth/tokens", json: auth)
            #expect(again.status == 404)
            #expect(try again.json()["error"]?["message"]?.string == "Could not find Application Credential: \(id).")
            let afterDelete = try await simulator.send(.GET, "/compute/v2.1/servers", token: appToken)
            #expect(afterDelete.status == 401)
        }
    }

    @Test func authenticateByNameAndRefuseScopeOrWrongSecret() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let user = try await userID(simulator, token: token)
            let created = try await simulator.send(
                .POST, "/identity/v3/users/\(user)/application_credentials", token: token,
                json: #"{"application_credential": {"name": "ci", "secret": "s3cret-value", "unrestricted": true}}"#)
            #expect(created.status == 201)
            let byName = #"{"auth": {"identity": {"methods": ["application_credential"], "application_credential": {"name": "ci", "user": {"name": "demo", "domain": {"name": "Default"}}, "secret": "s3cret-value"}}}}"#
            #expect(try await simulator.send(.POST, "/identity/v3/auth/tokens", json: byName).status == 201)
            let wrong = byName.replacingOccurrences(of: "s3cret-value", with: "guess")
            #expect(try await simulator.send(.POST, "/identity/v3/auth/tokens", json: wrong).status == 401)
            let scoped = String(byName.dropLast(2)) + #", "scope": {"project": {"name": "demo-climate", "domain": {"name": "Default"}}}}}"#
            let refused = try await simulator.send(.POST, "/identity/v3/auth/tokens", json: scoped)
            #expect(refused.status == 401)
            #expect(try refused.json()["error"]?["message"]?.string?.contains("cannot request a scope") == true)
            let duplicate = try await simulator.send(
                .POST, "/identity/v3/users/\(user)/application_credentials", token: token,
                json: #"{"application_credential": {"name": "ci"}}"#)
            #expect(duplicate.status == 409)
        }
    }

    @Test func anotherUsersCredentialsAreForbidden() async throws {
        try await SimulatorHarness.with { simulator in
            let demo = try await simulator.token()
            let demoID = try await userID(simulator, token: demo)
            let collaborator = try await simulator.token(username: "demo-collaborator", password: "collaborator-password")
            let reply = try await simulator.send(.GET, "/identity/v3/users/\(demoID)/application_credentials", token: collaborator)
            #expect(reply.status == 403)
        }
    }

    /// A secret Keystone generates is new each time, also after a restart: two simulators started
    /// alike (the same seed) give the same first credential different secrets.
    @Test func generatedSecretsDifferBetweenSimulatorsStartedAlike() async throws {
        func firstSecret() async throws -> String {
            try await SimulatorHarness.with { simulator in
                let token = try await simulator.token()
                let user = try await userID(simulator, token: token)
                let created = try await simulator.send(
                    .POST, "/identity/v3/users/\(user)/application_credentials", token: token,
                    json: #"{"application_credential": {"name": "exosphere-laptop"}}"#)
                #expect(created.status == 201)
                return try #require(try created.json()["application_credential"]?["secret"]?.string)
            }
        }
        let first = try await firstSecret()
        let second = try await firstSecret()
        #expect(first != second)
    }
}
