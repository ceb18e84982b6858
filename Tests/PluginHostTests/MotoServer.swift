import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// moto's EC2 emulator (`moto_server`, from PyPI `moto[server]`) on a free 127.0.0.1 port.
final class MotoServer {
    /// The `moto_server` executable on PATH, if installed.
    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { $0 + "/moto_server" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let endpoint: String
    private let process: Process

    /// Starts the server and waits (up to 30 s) until it answers.
    init(executable: String) async throws {
        let port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        endpoint = "http://127.0.0.1:\(port)"
        for _ in 0..<300 {
            if await answers() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        await stop()
        throw MotoUnavailable(description: "moto_server did not answer on \(endpoint) within 30 s")
    }

    /// Stops the server: SIGTERM, then SIGKILL after 2 s (moto's server may ignore SIGTERM).
    /// Polls, because Foundation's waitUntilExit spins a run loop.
    func stop() async {
        guard process.isRunning else { return }
        // A pyenv shim runs moto_server as its child: stop the whole family.
        for pid in Self.descendants(of: process.processIdentifier) { kill(pid, SIGKILL) }
        process.terminate()
        for _ in 0..<40 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        for _ in 0..<40 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Children, grandchildren… of `pid`, from /proc/*/stat.
    private static func descendants(of pid: Int32) -> [Int32] {
        var parents: [Int32: Int32] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let child = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { parents[child] = parent }
        }
        var found: [Int32] = []
        var frontier = [pid]
        while let next = frontier.popLast() {
            let children = parents.filter { $0.value == next }.map(\.key)
            found += children
            frontier += children
        }
        return found
    }

    private func answers() async -> Bool {
        guard let url = URL(string: endpoint + "/moto-api/") else { return false }
        return (try? await URLSession.shared.data(from: url)) != nil
    }

    /// A port nothing listens on now: bind to port 0 and read what the kernel chose.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw MotoUnavailable(description: "cannot open a socket to find a free port") }
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
        guard bound else { throw MotoUnavailable(description: "cannot bind 127.0.0.1:0 to find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// moto_server could not be started.
struct MotoUnavailable: Error, CustomStringConvertible {
    let description: String
}
