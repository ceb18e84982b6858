import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Keystone tokens: issue, validate, revoke, and the failures clients must handle.
@Suite struct IdentityTokenTests {
    @Test func passwordTokenHasKeystoneShapeHeadersAndCatalog() async throws {
        try await SimulatorHarness.with { simulator in
            let reply = try await simulator.send(
                .POST, "/identity/v3/auth/tokens",
                json: SimulatorHarness.passwordAuth(username: "demo", password: "demo-password", project: "demo-genomics"))
            #expect(reply.status == 201)
            #expect(reply.header("X-Subject-Token")?.isEmpty == false)
            #expect(reply.header("x-openstack-request-id")?.hasPrefix("req-") == true)
            let json = try reply.json()
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("keystone-token-project-scoped"), actual: json) == [])
            let token = try #require(json["token"])
            #expect(Formats.isKeystone(token["expires_at"]?.string ?? ""))
            #expect(Formats.isKeystone(token["issued_at"]?.string ?? ""))
            let types = Set(token["catalog"]?.array?.compactMap { $0["type"]?.string } ?? [])
            #expect(types == ["identity", "compute", "image", "network", "volumev3", "block-storage"])
            let projectID = try #require(token["project"]?["id"]?.string)
            let volume = token["catalog"]?.array?.first { $0["type"]?.string == "volumev3" }
            let interfaces = Set(volume?["endpoints"]?.array?.compactMap { $0["interface"]?.string } ?? [])
            #expect(interfaces == ["public", "internal"])
            #expect(volume?["endpoints"]?[0]?["url"]?.string == simulator.endpoint.baseURL + "/volume/v3/" + projectID)
        }
    }

    // Identity API ref, "Password authentication with unscoped authorization" and `nocatalog`.
    @Test func unscopedAndNoCatalogTokensLeaveOutCatalog() async throws {
        try await SimulatorHarness.with { simulator in
            let unscoped = try await simulator.send(
                .POST, "/identity/v3/auth/tokens",
                json: SimulatorHarness.passwordAuth(username: "demo", password: "demo-password", project: nil))
            #expect(unscoped.status == 201)
            #expect(try unscoped.json()["token"]?["project"] == nil)
            let nocatalog = try await simulator.send(
                .POST, "/identity/v3/auth/tokens?nocatalog",
                json: SimulatorHarness.passwordAuth(username: "demo", password: "demo-password", project: "demo-climate"))
            #expect(try nocatalog.json()["token"]?["catalog"] == nil)
            #expect(try nocatalog.json()["token"]?["project"]?["name"]?.string == "demo-climate")
        }
    }

    @Test(arguments: [
        ("demo", "wrong-password", "demo-genomics"),
        ("nobody", "demo-password", "demo-genomics"),
        ("demo", "demo-password", "no-such-project"),
        ("demo-collaborator", "collaborator-password", "demo-climate"),
    ])
    func badCredentialsOrScopeAre401WithKeystoneBody(user: String, password: String, project: String) async throws {
        try await SimulatorHarness.with { simulator in
            let reply = try await simulator.send(
                .POST, "/identity/v3/auth/tokens",
                json: SimulatorHarness.passwordAuth(username: user, password: password, project: project))
            #expect(reply.status == 401)
            let error = try reply.json()["error"]
            #expect(error?["code"]?.int == 401)
            #expect(error?["title"]?.string == "Unauthorized")
            #expect(error?["message"]?.string == "The request you have made requires authentication.")
        }
    }

    @Test func missingMethodsIs400() async throws {
        try await SimulatorHarness.with { simulator in
            let reply = try await simulator.send(.POST, "/identity/v3/auth/tokens", json: #"{"auth": {"identity": {}}}"#)
            #expect(reply.status == 400)
            #expect(try reply.json()["error"]?["message"]?.string?.contains("methods") == true)
        }
    }

    // Identity API ref, "Validate and show information for token" / "Revoke token".
    @Test func validateThenRevoke() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let valid = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: token, headers: [("X-Subject-Token", token)])
            #expect(valid.status == 200)
            #expect(valid.header("X-Subject-Token") == token)
            let revoke = try await simulator.send(.DELETE, "/identity/v3/auth/tokens", token: token, headers: [("X-Subject-Token", token)])
            #expect(revoke.status == 204)
            let other = try await simulator.token(project: "demo-climate")
            let gone = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: other, headers: [("X-Subject-Token", token)])
            #expect(gone.status == 404)
            let use = try await simulator.send(.GET, "/compute/v2.1/servers", token: token)
            #expect(use.status == 401)
        }
    }

    @Test func anotherUsersTokenCannotBeInspected() async throws {
        try await SimulatorHarness.with { simulator in
            let demo = try await simulator.token()
            let collaborator = try await simulator.token(username: "demo-collaborator", password: "collaborator-password")
            let reply = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: collaborator, headers: [("X-Subject-Token", demo)])
            #expect(reply.status == 403)
            #expect(try reply.json()["error"]?["title"]?.string == "Forbidden")
        }
    }

    // keystone/auth/plugins/token.py: a rescoped token keeps the original expiry.
    @Test func tokenMethodRescopesKeepingExpiry() async throws {
        try await SimulatorHarness.with { simulator in
            let unscoped = try await simulator.token(project: nil)
            let body = #"{"auth": {"identity": {"methods": ["token"], "token": {"id": "\#(unscoped)"}}, "scope": {"project": {"name": "demo-astro", "domain": {"id": "default"}}}}}"#
            let reply = try await simulator.send(.POST, "/identity/v3/auth/tokens", json: body)
            #expect(reply.status == 201)
            let token = try reply.json()["token"]
            #expect(token?["methods"]?.array?.compactMap(\.string) == ["token", "password"])
            #expect(token?["project"]?["name"]?.string == "demo-astro")
            let original = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: unscoped, headers: [("X-Subject-Token", unscoped)])
            #expect(try original.json()["token"]?["expires_at"] == token?["expires_at"])
        }
    }

    @Test func projectsListedForTheUser() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projects = try await simulator.send(.GET, "/identity/v3/auth/projects", token: token)
            let names = try projects.json()["projects"]?.array?.compactMap { $0["name"]?.string }
            #expect(names == simulator.endpoint.projectNames)
            let collaborator = try await simulator.token(username: "demo-collaborator", password: "collaborator-password")
            let own = try await simulator.send(.GET, "/identity/v3/auth/projects", token: collaborator)
            #expect(try own.json()["projects"]?.array?.count == 1)
        }
    }

    /// Keystone's Fernet tokens never recur. Two simulators started alike (the same seed: a
    /// restart) log the same user in with different values, so a token cached from an earlier
    /// run is never handed out again for another login.
    @Test func tokensDifferBetweenSimulatorsStartedAlike() async throws {
        let first = try await SimulatorHarness.with { simulator in
            [try await simulator.token(), try await simulator.token()]
        }
        let second = try await SimulatorHarness.with { simulator in
            [try await simulator.token(), try await simulator.token()]
        }
        #expect(Set(first + second).count == 4)
    }
}
