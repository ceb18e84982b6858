import ArgumentParser
import Foundation
import Synchronization
import Testing

@testable import ExosphereCLI

/// `exosphere demo` opens its address in a browser only for a person at a display: never with
/// `--no-browser`, in CI or without a display, and never failing when no browser exists.
@Suite("Opening the demo in a browser")
struct BrowserOpenerTests {
    static let url = "http://127.0.0.1:8080/?token=abc"
    /// What the recording opener hands the browser instead of the address.
    static let page = "file:///tmp/exosphere-open-test/open.html"

    /// Records what would have been started instead of starting it.
    final class Recorder: Sendable {
        private let launches = Mutex<[BrowserOpener.Launch]>([])
        var started: [BrowserOpener.Launch] { launches.withLock { $0 } }

        func opener(_ environment: [String: String], installed: Set<String> = ["xdg-open", "firefox"], failing: Bool = false) -> BrowserOpener {
            BrowserOpener(
                environment: environment,
                findProgram: { name, _ in installed.contains(name) ? "/usr/bin/" + name : nil },
                start: { launch in
                    self.launches.withLock { $0.append(launch) }
                    if failing { throw CancellationError() }
                },
                handOff: { _ in BrowserOpenerTests.page })
        }
    }

    static let desktop = ["DISPLAY": ":0", "PATH": "/usr/bin"]

    @Test("at a display, the demo opens its address with xdg-open")
    func opensAtDisplay() throws {
        let recorder = Recorder()
        let demo = try DemoCommand.parse([])
        #expect(demo.openInBrowser(Self.url, using: recorder.opener(Self.desktop)))
        #expect(recorder.started == [BrowserOpener.Launch(program: "/usr/bin/xdg-open", arguments: [Self.page])])
    }

    @Test("--no-browser never calls the opener")
    func noBrowserFlag() throws {
        let recorder = Recorder()
        let demo = try DemoCommand.parse(["--no-browser"])
        #expect(!demo.openInBrowser(Self.url, using: recorder.opener(Self.desktop)))
        #expect(recorder.started.isEmpty)
    }

    @Test(
        "in CI, without a display, or without any browser, nothing is started",
        arguments: [
            ["DISPLAY": ":0", "CI": "true"], ["DISPLAY": ":0", "CI": "1"], ["PATH": "/usr/bin"], ["DISPLAY": "", "WAYLAND_DISPLAY": ""],
        ])
    func notStarted(environment: [String: String]) throws {
        let recorder = Recorder()
        let demo = try DemoCommand.parse([])
        #expect(!demo.openInBrowser(Self.url, using: recorder.opener(environment)))
        #expect(recorder.started.isEmpty)
        #expect(!demo.openInBrowser(Self.url, using: Recorder().opener(Self.desktop, installed: [])))
    }

    @Test("$BROWSER is preferred, %s stands for the address, and a missing one falls through to the next")
    func browserVariable() {
        let recorder = Recorder()
        let opener = recorder.opener(["WAYLAND_DISPLAY": "wayland-0", "BROWSER": "chromium-missing:firefox --new-window %s"])
        #expect(opener.open(Self.url))
        #expect(recorder.started == [BrowserOpener.Launch(program: "/usr/bin/firefox", arguments: ["--new-window", Self.page])])
    }

    @Test("a browser that fails to start is not an error", arguments: [false, true])
    func failingBrowser(failing: Bool) {
        let recorder = Recorder()
        #expect(recorder.opener(Self.desktop, failing: failing).open(Self.url) == !failing)
        #expect(recorder.started.count == 1)
    }

    @Test("the address with its token goes to the browser as a private page, never on a command line")
    func tokenNotOnCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redirect-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try RedirectPage.write(to: "http://127.0.0.1:8080/?token=s3cr\"et", in: folder)
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.contains("url=http://127.0.0.1:8080/?token=s3cr&quot;et\""))
        #expect(!page.absoluteString.contains("s3cr"))
        let pageMode = try FileManager.default.attributesOfItem(atPath: page.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: page.deletingLastPathComponent().path)[.posixPermissions] as? Int
        #expect(pageMode == 0o600)
        #expect(folderMode == 0o700)

        let launches = Mutex<[BrowserOpener.Launch]>([])
        let opener = BrowserOpener(
            environment: Self.desktop, findProgram: { name, _ in "/usr/bin/" + name },
            start: { launch in launches.withLock { $0.append(launch) } }, handOff: { try? RedirectPage.write(to: $0, in: folder).absoluteString })
        #expect(opener.open(Self.url))
        let arguments = launches.withLock { $0.flatMap(\.arguments) }
        #expect(arguments.count == 1)
        #expect(arguments.allSatisfy { $0.hasPrefix("file://") && !$0.contains("token") })
    }
}
