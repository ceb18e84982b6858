import Foundation
import Testing

/// `exosphere demo` run as a newcomer runs it, in a temporary HOME; its web UI's URL read from
/// its output.
struct DemoProcess {
    let process: Process
    let home: URL
    let webURL: String
    let simulatorURL: String

    /// The web UI's address without the access token, to build page addresses from once the
    /// browser has been admitted.
    var baseURL: String { String(webURL.prefix { $0 != "?" }) }

    /// The built `exosphere` binary beside the test bundle.
    static var binary: URL {
        get throws {
            var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
            while folder.pathComponents.count > 1 && !folder.lastPathComponent.hasSuffix(".xctest") {
                folder.deleteLastPathComponent()
            }
            let candidate = folder.deletingLastPathComponent().appendingPathComponent("exosphere")
            try #require(FileManager.default.isExecutableFile(atPath: candidate.path), "no exosphere binary at \(candidate.path)")
            return candidate
        }
    }

    /// Runs `body` against a started demo, stopping it (Ctrl-C) afterwards even when `body` throws.
    ///
    /// - Parameters:
    ///   - settings: The text of Exosphere's settings file (`~/.config/exosphere/config.yaml`), if any.
    ///   - files: More files to write first, by path under the temporary HOME (a user's plugins).
    ///   - arguments: More arguments for `exosphere demo`, such as `--sso`.
    static func with(
        settings: String? = nil, files: [String: String] = [:], arguments: [String] = [], _ body: (DemoProcess) async throws -> Void
    ) async throws {
        let demo = try await start(settings: settings, files: files, arguments: arguments)
        do {
            try await body(demo)
        } catch {
            demo.stop()
            throw error
        }
        demo.stop()
    }

    static func start(settings: String? = nil, files: [String: String] = [:], arguments: [String] = []) async throws -> DemoProcess {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        for (path, text) in files {
            let file = home.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        if let settings {
            let folder = home.appendingPathComponent(".config/exosphere", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try settings.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        }
        let log = home.appendingPathComponent("demo.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = try binary
        process.arguments = ["demo", "--no-browser"] + arguments
        process.environment = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline && process.isRunning {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if output.contains("Press Ctrl-C"), let web = value(after: "The web UI is at ", in: output),
                let simulator = value(after: "A simulated OpenStack is running at ", in: output)
            {
                return DemoProcess(process: process, home: home, webURL: web, simulatorURL: simulator)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning { process.terminate() }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try #require(Bool(false), "the demo did not print its web UI address:\n\(output)")
        throw CancellationError()
    }

    func stop() {
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: home)
    }

    private static func value(after marker: String, in output: String) -> String? {
        guard let range = output.range(of: marker) else { return nil }
        return String(output[range.upperBound...].prefix { !$0.isWhitespace })
    }
}
