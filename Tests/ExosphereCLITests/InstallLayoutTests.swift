import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `scripts/install` lays out a prefix, and a program installed there serves the prefix's files:
/// not the source tree it was built from, not the folder it was started in.
@Suite struct InstallLayoutTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `scripts/install --prefix prefix --binary <the built exosphere>`.
    static func install(into prefix: URL) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            repository.appendingPathComponent("scripts/install").path, "--prefix", prefix.path, "--binary", try CommandRunner.binary.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try #require(try await CommandRunner.status(of: process) == 0)
    }

    @Test func anInstalledServerServesTheInstalledFilesWhereverItStarts() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix")
        try await Self.install(into: prefix)
        let share = prefix.appendingPathComponent("share/exosphere")
        for part in ["webui/templates", "webui/static/app.css", "themes/default/theme.yaml", "locales/exosphere.pot", "Plugins/skin-example"] {
            #expect(FileManager.default.fileExists(atPath: share.appendingPathComponent(part).path), "\(part) not installed")
        }
        // Marks the installed stylesheet, and plants a theme in the folder the server starts in.
        let stylesheet = share.appendingPathComponent("webui/static/app.css")
        try (try String(contentsOf: stylesheet, encoding: .utf8) + "\n/* installed copy */\n").write(to: stylesheet, atomically: true, encoding: .utf8)
        let work = root.appendingPathComponent("work")
        let planted = work.appendingPathComponent("themes/default")
        try FileManager.default.createDirectory(at: planted, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("themes/default/theme.yaml"), to: planted.appendingPathComponent("theme.yaml"))
        let theme = try String(contentsOf: planted.appendingPathComponent("theme.yaml"), encoding: .utf8)
        try theme.replacingOccurrences(of: "appTitle: Exosphere", with: "appTitle: Planted Cloud")
            .write(to: planted.appendingPathComponent("theme.yaml"), atomically: true, encoding: .utf8)

        let home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let log = root.appendingPathComponent("serve.log")
        let runner = CommandRunner(
            environment: ["HOME": home.path, "OS_CLIENT_CONFIG_FILE": root.appendingPathComponent("none.yaml").path],
            executable: prefix.appendingPathComponent("bin/exosphere"), currentDirectory: work)
        let serve = try runner.start(["serve", "--port", "0"], loggingTo: log)
        defer { if serve.isRunning { serve.terminate() } }
        func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        let url = try await CommandRunner.servedAddress(in: log, by: serve)

        let session = URLSession(configuration: .ephemeral)
        let (page, response) = try await session.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.contains("Exosphere"))
        #expect(!html.contains("Planted Cloud"))
        let css = try #require(URL(string: "/static/app.css", relativeTo: url))
        let (served, _) = try await session.data(from: css)
        #expect(String(decoding: served, as: UTF8.self).hasSuffix("/* installed copy */\n"))

        serve.interrupt()
        try await CommandRunner.waitForExit(serve)
        #expect(serve.terminationStatus == 0, "\(output())")
    }

    @Test func aBinaryCopiedWithoutItsFilesSaysWhatIsMissingAndStops() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-lone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        let lone = root.appendingPathComponent("bin/exosphere")
        try FileManager.default.copyItem(at: try CommandRunner.binary, to: lone)
        let runner = CommandRunner(
            environment: ["HOME": root.path, "OS_CLIENT_CONFIG_FILE": root.appendingPathComponent("none.yaml").path], executable: lone,
            currentDirectory: root)
        // A copy just written may be briefly "busy": a process another test forks meanwhile can
        // hold its write descriptor until that child execs (ETXTBSY, 26). Such a start is retried.
        var attempt = 0
        let outcome: CommandRunner.Outcome
        while true {
            do {
                outcome = try await runner.run(["serve", "--port", "0"], timeout: .seconds(60))
                break
            } catch let error as NSError where attempt < 10 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                attempt += 1
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("The web UI's page templates are not installed"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("scripts/install"))
    }
}
