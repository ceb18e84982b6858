import AsyncHTTPClient
import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import NIOCore
import NIOHTTP1

/// A chromedriver process on a free loopback port, and the HTTP client that talks to it.
public actor ChromeDriver {
    /// The driver's base URL, such as `http://127.0.0.1:9515`.
    public let baseURL: String
    let client: HTTPClient
    private let process: Process

    private init(baseURL: String, client: HTTPClient, process: Process) {
        self.baseURL = baseURL
        self.client = client
        self.process = process
    }

    /// Starts chromedriver and waits until it reports ready.
    public static func start() async throws -> ChromeDriver {
        guard let binary = BrowserEnvironment.chromedriver else { throw WebDriverError.browserMissing("chromedriver") }
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let driver = ChromeDriver(baseURL: "http://127.0.0.1:\(port)", client: HTTPClient(eventLoopGroupProvider: .singleton), process: process)
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if let status = try? await driver.call(.GET, "/status", body: Optional<Empty>.none, as: DriverStatus.self), status.ready {
                return driver
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        await driver.stop()
        throw WebDriverError.driverDidNotStart
    }

    /// Ends the driver process and the HTTP client.
    ///
    /// chromedriver is asked to quit over HTTP first; a child of the test runner inherits its
    /// blocked signal mask, so SIGTERM would not reach it, and SIGKILL is the fallback.
    public func stop() async {
        var request = HTTPClientRequest(url: baseURL + "/shutdown")
        request.method = .GET
        _ = try? await client.execute(request, timeout: .seconds(5))
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? await client.shutdown()
    }

    /// One W3C WebDriver command: `body` as JSON, the answer's `value` decoded as `Value`.
    func call<Body: Encodable & Sendable, Value: Decodable & Sendable>(
        _ method: HTTPMethod, _ path: String, body: Body?, as: Value.Type
    ) async throws -> Value {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        let data = Data(bytes.readableBytesView)
        guard response.status.code < 400 else {
            let failure = try? JSONDecoder().decode(Envelope<Failure>.self, from: data)
            throw WebDriverError.command(
                path, status: Int(response.status.code), error: failure?.value.error ?? "unknown",
                message: failure?.value.message ?? String(decoding: data, as: UTF8.self))
        }
        return try JSONDecoder().decode(Envelope<Value>.self, from: data).value
    }

    struct Envelope<Value: Decodable>: Decodable {
        var value: Value
    }

    struct Failure: Decodable {
        var error: String
        var message: String
    }

    struct DriverStatus: Decodable, Sendable {
        var ready: Bool
    }

    /// An empty JSON object, for commands that take no parameters.
    struct Empty: Codable, Sendable {}
}
