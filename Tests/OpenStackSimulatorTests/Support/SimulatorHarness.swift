import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import OpenStackSimulator
import Secrets

/// A simulator started on port 0 for one test, with a raw HTTP client.
struct SimulatorHarness {
    let server: SimulatorServer
    let endpoint: SimulatorEndpoint

    /// Options for fast tests: time runs 1000 times faster, so a 30-second boot takes 30 ms.
    static func fastOptions(projects: Int = 3, servers: Int = 36) -> SimulatorOptions {
        SimulatorOptions(projects: projects, servers: servers, speed: 1000, tokenLifetime: .seconds(86_400 * 365))
    }

    /// Options for step-by-step tests: a clock that tests move with ``advance(_:)``. It runs a
    /// thousand times slower than real time, so a loaded machine (a test taking 20 s of wall time)
    /// moves it by only 20 ms and cannot skip a state the test is about to check.
    static func steppedOptions(projects: Int = 3, servers: Int = 36) -> SimulatorOptions {
        SimulatorOptions(projects: projects, servers: servers, speed: 0.001, tokenLifetime: .seconds(86_400 * 365))
    }

    /// Moves simulated time forward.
    func advance(_ seconds: Double) async {
        await server.advanceClock(by: .milliseconds(Int(seconds * 1000)))
    }

    /// The server's `status` now.
    func status(of id: String, token: String) async throws -> String? {
        try await send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]?["status"]?.string
    }

    /// The project id of a scoped token.
    func projectID(token: String) async throws -> String {
        let reply = try await send(.GET, "/identity/v3/auth/tokens", token: token, headers: [("X-Subject-Token", token)])
        guard let id = try reply.json()["token"]?["project"]?["id"]?.string else {
            throw HarnessError.unexpected("token has no project")
        }
        return id
    }

    /// Starts a simulator, runs `body`, and stops the simulator even when `body` throws.
    static func with<T>(
        _ options: SimulatorOptions = fastOptions(), _ body: (SimulatorHarness) async throws -> T
    ) async throws -> T {
        let server = SimulatorServer(options: options, logger: Logger(label: "exosphere.simulator.tests"))
        let endpoint = try await server.start()
        let harness = SimulatorHarness(server: server, endpoint: endpoint)
        do {
            let result = try await body(harness)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Sends one request; `path` starts with `/` and is relative to the base URL.
    func send(
        _ method: HTTPMethod, _ path: String, token: String? = nil, headers: [(String, String)] = [],
        json body: String? = nil, timeout: TimeAmount = .seconds(10)
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: endpoint.baseURL + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let token { request.headers.add(name: "X-Auth-Token", value: token) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            if !headers.contains(where: { $0.0.lowercased() == "content-type" }) {
                request.headers.add(name: "Content-Type", value: "application/json")
            }
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
    }

    /// A token for `username` scoped to `project` (by name, domain Default), or unscoped.
    func token(
        project: String? = nil, username: String? = nil, password: String? = nil
    ) async throws -> String {
        let reply = try await send(
            .POST, "/identity/v3/auth/tokens",
            json: Self.passwordAuth(
                username: username ?? endpoint.username, password: password ?? endpoint.password.revealed,
                project: project ?? endpoint.projectNames.first))
        guard reply.status == 201, let token = reply.header("X-Subject-Token") else {
            throw HarnessError.unexpected("token request answered \(reply.status): \(reply.text)")
        }
        return token
    }

    static func passwordAuth(username: String, password: String, project: String?) -> String {
        let scope = project.map { #", "scope": {"project": {"name": "\#($0)", "domain": {"name": "Default"}}}"# } ?? ""
        return #"""
            {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "\#(username)", "domain": {"name": "Default"}, "password": "\#(password)"}}}\#(scope)}}
            """#
    }

    /// The id of the first server whose name and status match, scanning `/servers/detail`.
    func serverID(token: String, status: String) async throws -> String {
        let reply = try await send(.GET, "/compute/v2.1/servers/detail?status=\(status)", token: token)
        guard let id = try reply.json()["servers"]?[0]?["id"]?.string else {
            throw HarnessError.unexpected("no server in status \(status)")
        }
        return id
    }

    /// Polls `path` until `predicate` holds for its JSON, for at most `attempts` × 10 ms.
    func waitFor(
        _ path: String, token: String, headers: [(String, String)] = [], attempts: Int = 300,
        _ predicate: (JSONValue) -> Bool
    ) async throws -> JSONValue {
        for _ in 0..<attempts {
            let reply = try await send(.GET, path, token: token, headers: headers)
            if let json = try? reply.json(), predicate(json) { return json }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw HarnessError.unexpected("condition on \(path) never held")
    }
}

/// A raw HTTP answer.
struct Reply {
    let status: Int
    let headers: HTTPHeaders
    let body: Data

    func header(_ name: String) -> String? { headers.first(name: name) }

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> JSONValue { try JSONValue.parse(body) }
}

enum HarnessError: Error, CustomStringConvertible {
    case unexpected(String)

    var description: String {
        switch self {
        case .unexpected(let text): text
        }
    }
}
