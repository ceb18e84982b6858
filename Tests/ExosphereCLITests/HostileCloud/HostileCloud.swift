import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// A cloud that means harm: a well-behaved Keystone (a token, a catalog, one project) in front of
/// Nova, Cinder, Neutron and Glance answers that misbehave as a ``HostileScenario`` says.
///
/// The answers are the files in `Fixtures/hostile/`, with `{{name}}` (a JSON value, quotes
/// included) and `{{number}}` (a JSON value) filled in by the scenario. Version documents stay
/// well-behaved, so every failure names the resource request (`GET /compute/v2.1/servers/detail`).
final class HostileCloud: Sendable {
    let scenario: HostileScenario
    /// Requests no route answers ("GET /path"); tests expect none, since a 404 would test nothing.
    let unexpected = Mutex<[String]>([])

    init(scenario: HostileScenario) {
        self.scenario = scenario
    }

    /// The Hummingbird application; the catalog's URLs are made from each request's `Host`, so the
    /// port need not be known before the server listens.
    func application() -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: UnansweredRecorder(cloud: self))
        router.post("/identity/v3/auth/tokens") { request, _ in
            var response = try Self.json("token.json", status: .created, base: Self.base(request))
            if let name = HTTPField.Name("X-Subject-Token") { response.headers[name] = "hostile-token" }
            return response
        }
        router.get("/identity/v3/auth/projects") { request, _ in try Self.json("projects.json", base: Self.base(request)) }
        router.get("/compute/v2.1") { request, _ in try Self.json("compute-version.json", base: Self.base(request)) }
        router.get("/volume/v3") { request, _ in try Self.json("volume-version.json", base: Self.base(request)) }
        let resources: [(HTTPRequest.Method, String, String)] = [
            (.get, "/compute/v2.1/servers/detail", "servers-detail.json"),
            (.get, "/compute/v2.1/servers/{id}", "server-show.json"),
            (.post, "/compute/v2.1/servers/{id}/action", "console-output.json"),
            (.get, "/compute/v2.1/flavors/detail", "flavors-detail.json"),
            (.get, "/compute/v2.1/limits", "compute-limits.json"),
            (.get, "/volume/v3/p-1/limits", "volume-limits.json"),
            (.get, "/volume/v3/p-1/volumes/detail", "volumes-detail.json"),
            (.get, "/network/v2.0/quotas/p-1/details.json", "network-quota-details.json"),
            (.get, "/image/v2/images", "images.json"),
            (.get, "/compute/v2.1/os-keypairs", "keypairs.json"),
            (.get, "/network/v2.0/networks", "networks.json"),
            (.get, "/network/v2.0/routers", "routers.json"),
            (.get, "/network/v2.0/security-groups", "security-groups.json"),
            (.get, "/network/v2.0/floatingips", "floatingips.json"),
        ]
        for (method, path, fixture) in resources {
            router.on(RouterPath(path), method: method) { request, _ in try await self.resource(fixture, request: request) }
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// The scenario's answer to a resource request.
    private func resource(_ fixture: String, request: Request) async throws -> Response {
        let base = Self.base(request)
        switch scenario.failure {
        case nil:
            return try Self.json(fixture, base: base, values: ["name": scenario.name, "number": scenario.number])
        case .redirectLoop:
            return Response(status: .found, headers: [.location: base + request.uri.description])
        case .redirectChain:
            let hop = (request.uri.queryParameters.get("hop").flatMap { Int($0) } ?? 0) + 1
            return Response(status: .found, headers: [.location: base + request.uri.path + "?hop=\(hop)"])
        case .truncatedBody:
            // Promises a long body, sends the start of it, then closes the connection.
            let start = ByteBuffer(string: "{\"servers\": [{\"id\": \"9168b536")
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(contentLength: 100_000) { writer in
                    try await writer.write(start)
                    throw CancellationError()
                })
        case .hugeBody:
            // 65 MiB of JSON-looking padding: past the transport's 64 MiB limit.
            let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 1 << 20)
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "{\"servers\": ["))
                    for _ in 0..<65 { try await writer.write(chunk) }
                    try await writer.finish(nil)
                })
        case .slowDrip:
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "{"))
                    while true {
                        try await Task.sleep(for: .seconds(1))
                        try await writer.write(ByteBuffer(string: " "))
                    }
                })
        case .invalidJSON:
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: "<html><body>Gateway says hello</body></html>")))
        }
    }

    private static func base(_ request: Request) -> String {
        "http://" + (request.head.authority ?? "127.0.0.1")
    }

    private static func json(
        _ fixture: String, status: HTTPResponse.Status = .ok, base: String, values: [String: String] = [:]
    ) throws -> Response {
        var text = try Fixtures.text("hostile/" + fixture)
        for (key, value) in values.merging(["base": base], uniquingKeysWith: { $1 }) {
            text = text.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Records each request that no route answers in ``HostileCloud/unexpected``.
private struct UnansweredRecorder: RouterMiddleware {
    typealias Context = BasicRequestContext
    let cloud: HostileCloud

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            cloud.unexpected.withLock { $0.append("\(request.method) \(request.uri.path)") }
            throw error
        }
    }
}
