import Foundation

/// Opens an address in the person's web browser when there is one to open: `$BROWSER` (a
/// colon-separated list of commands, `%s` standing for the address) or `xdg-open` when a
/// graphical display is set, `open` on macOS. Never in CI, never without a display, and a missing
/// or failing browser is only a missed convenience: the address is printed anyway.
struct BrowserOpener: Sendable {
    /// A program to start and its arguments.
    struct Launch: Sendable, Equatable {
        var program: String
        var arguments: [String]
    }

    /// The environment the decision is read from (`CI`, `DISPLAY`, `WAYLAND_DISPLAY`, `BROWSER`, `PATH`).
    var environment: [String: String]
    /// The full path of an executable named `name` on `PATH`, or `nil`.
    var findProgram: @Sendable (_ name: String, _ path: String) -> String?
    /// Starts the program without waiting for it.
    var start: @Sendable (Launch) throws -> Void
    /// The address to give the browser program for `url`, or `nil` when there is none: the
    /// program's arguments are visible to every account on the machine (`ps`), so an address
    /// carrying the access token is handed over as a private page that redirects to it.
    var handOff: @Sendable (_ url: String) -> String?

    /// An opener for this process: finds programs on `PATH` and starts them detached, their
    /// output discarded, with the address in a private redirect page (see ``RedirectPage``).
    static func system(environment: [String: String] = ProcessInfo.processInfo.environment) -> BrowserOpener {
        BrowserOpener(environment: environment, findProgram: Self.search, start: Self.detach) { url in
            try? RedirectPage.write(to: url).absoluteString
        }
    }

    /// What would open `url`, or `nil` when nothing should: in CI, with no display, or when no
    /// browser program is found.
    func launch(for url: String) -> Launch? {
        if let ci = environment["CI"], !["", "0", "false"].contains(ci.lowercased()) { return nil }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        #if os(macOS)
            let hasDisplay = environment["SSH_CONNECTION"] == nil
            let fallback = "open"
        #else
            let hasDisplay = !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
            let fallback = "xdg-open"
        #endif
        guard hasDisplay else { return nil }
        for command in (environment["BROWSER"] ?? "").split(separator: ":") {
            var words = command.split(separator: " ").map(String.init)
            guard !words.isEmpty, let program = findProgram(words.removeFirst(), path) else { continue }
            let arguments = words.contains { $0.contains("%s") } ? words.map { $0.replacingOccurrences(of: "%s", with: url) } : words + [url]
            return Launch(program: program, arguments: arguments)
        }
        return findProgram(fallback, path).map { Launch(program: $0, arguments: [url]) }
    }

    /// Opens `url` when ``launch(for:)`` finds a way; returns whether a browser was started.
    @discardableResult
    func open(_ url: String) -> Bool {
        guard launch(for: url) != nil, let address = handOff(url), let launch = launch(for: address) else { return false }
        do {
            try start(launch)
            return true
        } catch {
            return false
        }
    }

    private static func search(_ name: String, path: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        return path.split(separator: ":").map { String($0) + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func detach(_ launch: Launch) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launch.program)
        process.arguments = launch.arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }
}
