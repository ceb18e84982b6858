import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Testing

@testable import WebUI

/// One `exosphere serve` process in multi-user mode, as an operator runs a replica: its own HOME
/// with the settings file, listening on all addresses at `port`, its log in a file.
struct ServedReplica {
    let process: Process
    let port: Int
    let log: URL

    /// Starts a replica with `settings` (the settings file's text) and waits until `/readyz`
    /// answers 200 (its templates load and its session database answers).
    static func start(settings: String, port: Int, publicURL: String, home: URL) async throws -> ServedReplica {
        let folder = home.appendingPathComponent(".config/exosphere", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try settings.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let log = home.appendingPathComponent("serve-\(port).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = try DemoProcess.binary
        process.arguments = ["serve", "--bind", "0.0.0.0", "--port", String(port), "--public-url", publicURL]
        process.environment = [
            "HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "EXOSPHERE_LOG_FORMAT": "json",
        ]
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let replica = ServedReplica(process: process, port: port, log: log)
        let deadline = ContinuousClock.now + .seconds(90)
        while ContinuousClock.now < deadline, process.isRunning {
            if (try? await SocketBrowser.status(of: "http://127.0.0.1:\(port)/readyz")) == 200 { return replica }
            try await Task.sleep(for: .milliseconds(200))
        }
        replica.kill()
        try #require(Bool(false), "the replica on port \(port) did not become ready:\n\(replica.output)")
        throw CancellationError()
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Kills the process at once (SIGKILL), as a crashed machine would end it.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// A TCP port free on 127.0.0.1 now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).wait()
        defer { try? channel.close().wait() }
        return channel.localAddress?.port ?? 0
    }
}

/// Debian's HAProxy in front of replicas, checking each with `GET /readyz`, as the operator
/// guide configures it.
struct LoadBalancer {
    let process: Process
    let port: Int
    let folder: URL

    static var binary: String? { ["/usr/sbin/haproxy", "/usr/bin/haproxy"].first(where: FileManager.default.isExecutableFile) }

    /// Starts HAProxy on 127.0.0.1:`port`, balancing round-robin over `backends` (ports on
    /// 127.0.0.1), and waits until it answers.
    static func start(port: Int, backends: [Int], folder: URL) async throws -> LoadBalancer {
        let haproxy = try #require(binary, "HAProxy is not installed: apt-get install haproxy")
        let servers = backends.enumerated().map { index, backend in
            "    server replica\(index) 127.0.0.1:\(backend) check inter 300ms fall 1 rise 2"
        }
        let configuration = """
            global
                maxconn 2000
            defaults
                mode http
                timeout connect 2s
                timeout client 60s
                timeout server 60s
                retries 3
                option redispatch
            frontend exosphere
                bind 127.0.0.1:\(port)
                default_backend replicas
            backend replicas
                balance roundrobin
                option httpchk GET /readyz
                http-check expect status 200
                option forwardfor
            \(servers.joined(separator: "\n"))

            """
        let file = folder.appendingPathComponent("haproxy.cfg")
        try configuration.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: haproxy)
        process.arguments = ["-db", "-f", file.path]
        let log = folder.appendingPathComponent("haproxy.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline, process.isRunning {
            if (try? await SocketBrowser.status(of: "http://127.0.0.1:\(port)/healthz")) == 200 {
                return LoadBalancer(process: process, port: port, folder: folder)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning { process.terminate() }
        try #require(Bool(false), "HAProxy did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        throw CancellationError()
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

/// A browser over real sockets: one session cookie, the last page's form token, no redirects
/// followed, every post from `origin` (the public address).
struct SocketBrowser {
    struct Page {
        var status: Int
        var location: String?
        var body: String
    }

    let client: HTTPClient
    let origin: String
    var cookie: String?
    var csrf: String?

    @discardableResult
    mutating func get(_ url: String) async throws -> Page {
        try await send(url, method: .GET, body: nil)
    }

    /// Posts `fields` with the last page's form token, or `token` when given.
    @discardableResult
    mutating func post(_ url: String, _ fields: [(String, String)], token: String? = nil) async throws -> Page {
        let all = fields + [("csrf", token ?? csrf ?? "")]
        return try await send(url, method: .POST, body: all.map { "\($0.0)=\(TestBrowser.encode($0.1))" }.joined(separator: "&"))
    }

    private mutating func send(_ url: String, method: HTTPMethod, body: String?) async throws -> Page {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let cookie { request.headers.add(name: "Cookie", value: "\(SessionCookie.name)=\(cookie)") }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.headers.add(name: "Origin", value: origin)
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let text = String(buffer: try await response.body.collect(upTo: 8 << 20))
        for value in response.headers["Set-Cookie"] where value.hasPrefix(SessionCookie.name + "=") {
            let pair = value.split(separator: ";").first ?? ""
            cookie = pair.split(separator: "=", maxSplits: 1).last.map(String.init)
        }
        if let range = text.range(of: "name=\"csrf\" value=\"") {
            csrf = String(text[range.upperBound...].prefix { $0 != "\"" })
        }
        return Page(status: Int(response.status.code), location: response.headers.first(name: "Location"), body: text)
    }

    /// The status of a GET of `url`, with no session.
    static func status(of url: String) async throws -> Int {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(5))
        _ = try await response.body.collect(upTo: 1 << 20)
        return Int(response.status.code)
    }
}
