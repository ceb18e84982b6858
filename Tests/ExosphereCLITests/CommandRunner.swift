import Foundation
import Testing

/// Runs the built `exosphere` binary as a user would, with its own environment.
///
/// Output goes to files, and waiting happens in the process's termination handler, so no test
/// blocks a thread of Swift's cooperative pool (the simulator under test serves from that pool).
struct CommandRunner {
    /// What a finished command left behind.
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `exosphere` binary that `swift build` put beside the test bundle.
    static var binary: URL {
        get throws {
            var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
            // The test runner is `<products>/exospherePackageTests.xctest`; on macOS it is a
            // bundle folder, on Linux an executable. Walk up to the products folder either way.
            while folder.pathComponents.count > 1 && !folder.lastPathComponent.hasSuffix(".xctest") {
                folder.deleteLastPathComponent()
            }
            let candidate = folder.deletingLastPathComponent().appendingPathComponent("exosphere")
            try #require(FileManager.default.isExecutableFile(atPath: candidate.path), "no exosphere binary at \(candidate.path)")
            return candidate
        }
    }

    /// Environment variables for the command; nothing is inherited but PATH.
    var environment: [String: String]
    /// Another `exosphere` to run than the one `swift build` made (an installed copy).
    var executable: URL? = nil
    /// The folder the command starts in (the test's own when `nil`).
    var currentDirectory: URL? = nil

    /// Runs `exosphere arguments…` to completion; past `timeout` the command is killed (and
    /// reports the status of SIGKILL, 9), so a hang fails the test instead of stalling the suite.
    func run(_ arguments: [String], timeout: Duration? = nil) async throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let error = folder.appendingPathComponent("err")
        let process = try makeProcess(arguments, output: output, error: error)
        let watchdog = timeout.map { limit in
            Task {
                try await Task.sleep(for: limit)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        defer { watchdog?.cancel() }
        let status = try await Self.status(of: process)
        return Outcome(
            status: status, standardOutput: try String(contentsOf: output, encoding: .utf8),
            standardError: try String(contentsOf: error, encoding: .utf8))
    }

    /// Runs `exosphere arguments…` with standard output going into a pipe nobody reads (as in
    /// `exosphere server list | head -0`); returns the exit status and standard error.
    func runWithClosedOutput(_ arguments: [String]) async throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = folder.appendingPathComponent("err")
        let process = try makeProcess(arguments, output: error, error: error)
        let pipe = Pipe()
        process.standardOutput = pipe
        try pipe.fileHandleForReading.close()
        let status = try await Self.status(of: process)
        return Outcome(status: status, standardOutput: "", standardError: try String(contentsOf: error, encoding: .utf8))
    }

    /// Starts `exosphere arguments…` with standard output and error going to `log`, and returns at
    /// once; read `log` while it runs.
    func start(_ arguments: [String], loggingTo log: URL) throws -> Process {
        let process = try makeProcess(arguments, output: log, error: log)
        try process.run()
        return process
    }

    /// Starts `process` and waits, in its termination handler, for its exit status.
    static func status(of process: Process) async throws -> Int32 {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }

    /// The address `serve` prints (`Exosphere is at URL`) into `log`, waiting up to a minute.
    static func servedAddress(in log: URL, by process: Process) async throws -> URL {
        func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        let deadline = ContinuousClock.now + .seconds(60)
        while !output().contains("Press Ctrl-C"), process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        let text = output()
        let printed = try #require(text.range(of: "Exosphere is at ").map { text[$0.upperBound...].prefix { !$0.isWhitespace } }, "\(text)")
        return try #require(URL(string: String(printed)))
    }

    /// Waits, without blocking a thread, until `process` has exited.
    static func waitForExit(_ process: Process, timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    private func makeProcess(_ arguments: [String], output: URL, error: URL) throws -> Process {
        let process = Process()
        process.executableURL = try executable ?? Self.binary
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        var environment = self.environment
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        process.environment = environment
        process.standardOutput = try Self.handle(writingTo: output)
        process.standardError = output == error ? process.standardOutput : try Self.handle(writingTo: error)
        return process
    }

    private static func handle(writingTo url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return try FileHandle(forWritingTo: url)
    }
}
