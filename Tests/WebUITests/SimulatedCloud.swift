import Foundation
import Logging
import OpenStackSimulator
import Secrets

/// A simulator in this process for the web UI's tests, stopped even when the test fails.
enum SimulatedCloud {
    static func with<Result>(
        _ options: SimulatorOptions = SimulatorOptions(), _ body: (SimulatorEndpoint) async throws -> Result
    ) async throws -> Result {
        let server = SimulatorServer(options: options, logger: Logger(label: "exosphere.tests.simulator"))
        let endpoint = try await server.start()
        do {
            let result = try await body(endpoint)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// The login form's fields for the demo user.
    static func loginForm(_ endpoint: SimulatorEndpoint, name: String = "sim", password: String? = nil) -> [(String, String)] {
        [
            ("name", name), ("auth_url", endpoint.authURL), ("method", "password"), ("username", endpoint.username),
            ("password", password ?? endpoint.password.revealed), ("domain", endpoint.domainName),
        ]
    }
}
