import Foundation
import Logging
import OpenStackSimulator
import Secrets
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `exosphere login` for a cloud that uses single sign-on (`auth_type: v3websso`): the browser's
/// part is played here against the simulator's identity provider, and the token it brings back
/// is the one `server list` then uses.
@Suite("exosphere login by single sign-on", .serialized)
struct LoginCommandTests {
    static func cloudsYAML(_ endpoint: SimulatorEndpoint) -> String {
        """
        clouds:
          campus:
            auth_type: v3websso
            auth:
              auth_url: \(endpoint.authURL)
              identity_provider: simulated-idp
              protocol: openid
              project_name: \(endpoint.projectNames.first ?? "")
              project_domain_name: Default

        """
    }

    /// Posts a form to `url`; the status and page.
    static func post(_ url: String, _ fields: [(String, String)]) async throws -> (status: Int, page: String) {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        request.httpBody = Data(fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&").utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The value of `attribute="…"` after `marker` in `page`.
    static func value(after marker: String, in page: String) -> String? {
        guard let range = page.range(of: marker) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("before a login commands ask for one; the browser's sign-in is kept and server list uses it")
    func loginThenList() async throws {
        let port = Int.random(in: 30_000...39_999)
        let callback = "http://localhost:\(port)/auth/websso/"
        let server = SimulatorServer(options: SimulatorOptions(), logger: Logger(label: "exosphere.tests.login"))
        let endpoint = try await server.start()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-login-\(UUID().uuidString)")
        do {
            await server.trustDashboard(callback)
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let clouds = home.appendingPathComponent("clouds.yaml")
            try Self.cloudsYAML(endpoint).write(to: clouds, atomically: true, encoding: .utf8)
            let runner = CommandRunner(environment: ["HOME": home.path, "OS_CLIENT_CONFIG_FILE": clouds.path])

            let before = try await runner.run(["server", "list", "--os-cloud", "campus"], timeout: .seconds(60))
            #expect(before.status != 0)
            #expect(before.standardError.contains("single sign-on"))
            #expect(before.standardError.contains("exosphere login"))

            let log = home.appendingPathComponent("login.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let login = try runner.start(["login", "--os-cloud", "campus", "--callback-port", String(port), "--timeout", "120"], loggingTo: log)
            var address: String?
            let deadline = ContinuousClock.now + .seconds(60)
            while address == nil, ContinuousClock.now < deadline, login.isRunning {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                address = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("http") }
                try await Task.sleep(for: .milliseconds(100))
            }
            let keystone = try #require(address, "no address printed: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            #expect(keystone.hasPrefix(endpoint.authURL + "/auth/OS-FEDERATION/identity_providers/simulated-idp/protocols/openid/websso?origin="))

            // The browser: the identity provider's sign-in, then Keystone's page posts the token back.
            let answer = try await Self.post(
                keystone, [("username", endpoint.username), ("password", endpoint.password.revealed), ("origin", callback)])
            let token = try #require(Self.value(after: #"name="token" id="token" value=""#, in: answer.page))
            let action = try #require(Self.value(after: #"action=""#, in: answer.page))
            #expect(action == callback)
            // A post without a token is turned away, and the command goes on waiting.
            let turnedAway: (status: Int, page: String)
            do {
                turnedAway = try await Self.post(action, [("other", "x")])
            } catch {
                Issue.record("the listener did not answer (running: \(login.isRunning)): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
                throw error
            }
            #expect(turnedAway.status == 400)
            let back = try await Self.post(action, [("token", token)])
            #expect(back.status == 200)
            #expect(back.page.contains("You are signed in"))

            try await CommandRunner.waitForExit(login)
            let status = login.isRunning ? -1 : login.terminationStatus
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(status == 0, "\(output)")
            #expect(output.contains("Signed in to campus as \(endpoint.username)"))

            let after = try await runner.run(["server", "list", "--os-cloud", "campus"], timeout: .seconds(60))
            #expect(after.status == 0, "\(after.standardError)")
            #expect(!after.standardOutput.isEmpty)
            #expect(!after.standardError.contains("exosphere login"))
        } catch {
            await server.stop()
            try? FileManager.default.removeItem(at: home)
            throw error
        }
        await server.stop()
        try? FileManager.default.removeItem(at: home)
    }

    @Test("a cloud that signs in by password is not one to log in to, and says so")
    func passwordCloudRefused() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-login-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let clouds = home.appendingPathComponent("clouds.yaml")
        try """
        clouds:
          plain:
            auth: {auth_url: "https://keystone.example.org/v3", username: u, password: p, user_domain_name: Default}

        """.write(to: clouds, atomically: true, encoding: .utf8)
        let outcome = try await CommandRunner(environment: ["HOME": home.path, "OS_CLIENT_CONFIG_FILE": clouds.path])
            .run(["login", "--os-cloud", "plain"], timeout: .seconds(60))
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("signs in with password, not single sign-on"))
    }
}
