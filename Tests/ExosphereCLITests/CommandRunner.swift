import Foundation
import Testing

/// Runs the built `exosphere` binary as a user would, with its own environment.
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
            let products = folder.deletingLastPathComponent()
            let candidate = products.appendingPathComponent("exosphere")
            try #require(FileManager.default.isExecutableFile(atPath: candidate.path), "no exosphere binary in \(products.path)")
            return candidate
        }
    }

    /// Environment variables for the command; nothing is inherited but PATH and HOME.
    var environment: [String: String]

    /// Runs `exosphere arguments…` to completion.
    func run(_ arguments: [String]) throws -> Outcome {
        let process = try start(arguments)
        let output = process.standardOutput.fileHandleForReading.readDataToEndOfFile()
        let error = process.standardError.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Outcome(
            status: process.process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: error, as: UTF8.self))
    }

    /// A started process with its output pipes.
    struct Running {
        var process: Process
        var standardOutput: Pipe
        var standardError: Pipe
    }

    /// Starts `exosphere arguments…` and returns at once.
    func start(_ arguments: [String]) throws -> Running {
        let process = Process()
        process.executableURL = try Self.binary
        process.arguments = arguments
        var environment = self.environment
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        return Running(process: process, standardOutput: output, standardError: error)
    }
}
