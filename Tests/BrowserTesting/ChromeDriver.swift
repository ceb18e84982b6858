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

    /// Starts chromedriver and waits until it reports ready; a driver that exits at once (its port
    /// taken by another process meanwhile) is started again on another port, up to three times.
    public static func start() async throws -> ChromeDriver {
        for _ in 0..<3 {
            if let driver = try await startOnce() { return driver }
        }
        throw WebDriverError.driverDidNotStart
    }

    /// A port the kernel reports free now (bound to port 0, read back, released).
    private static func freePort() -> Int {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return Int.random(in: 20_000...30_000) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : Int.random(in: 20_000...30_000)
        #else
        return Int.random(in: 20_000...30_000)
        #endif
    }

    private static func startOnce() async throws -> ChromeDriver? {
        guard let binary = BrowserEnvironment.chromedriver else { throw WebDriverError.browserMissing("chromedriver") }
        let port = freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let driver = ChromeDriver(baseURL: "http://127.0.0.1:\(port)", client: HTTPClient(eventLoopGroupProvider: .singleton), process: process)
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline, process.isRunning {
            if let status = try? await driver.call(.GET, "/status", body: Optional<Empty>.none, as: DriverStatus.self), status.ready {
                return driver
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        await driver.stop()
        return nil
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
