import ArgumentParser
import ExosphereCore
import Foundation
import Localization
import Logging

extension ServerCommand {
    /// `exosphere server watch`: state changes of every instance as they happen.
    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "watch",
            abstract: "Print instance state changes across every project as they happen, until Ctrl-C.",
            discussion: """
                Each project is polled for changes only: every 2 seconds while one of its instances is \
                building, rebooting, resizing or otherwise in transition, every 15 seconds when it is quiet. \
                With --json every event is one JSON object per line.
                """)

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("Stop after this many seconds instead of waiting for Ctrl-C.", valueName: "seconds"))
        var duration: Double?

        func validate() throws {
            if let duration, !(duration > 0 && duration <= 86_400 * 365) {
                throw ValidationError("--duration must be a positive number of seconds.")
            }
        }

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                try await context.withSessions(output) { sessions in
                    let store = InstanceStore(sessions: sessions, logger: Logger(label: "exosphere.cli"))
                    let events = await store.events()
                    await store.start()
                    let printer = Task { try await WatchPrinter(json: output.json).print(events) }
                    await stopSignal()
                    await store.stop()
                    try await printer.value
                }
            }
        }

        private func stopSignal() async {
            guard let duration else { return await TerminationSignal.wait() }
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await TerminationSignal.wait() }
                group.addTask { try? await Task.sleep(for: .milliseconds(Int64(duration * 1000))) }
                await group.next()
                group.cancelAll()
            }
        }
    }
}

/// Turns store events into lines: a summary per project once its first listing arrives, then one
/// line per change.
struct WatchPrinter {
    let json: Bool

    func print(_ events: AsyncStream<InstanceEvent>) async throws {
        var synced: Set<String> = []
        var counts: [String: Int] = [:]
        for await event in events {
            switch event {
            case .appeared(let instance):
                let key = instance.project.cloud + "/" + instance.project.id
                if synced.contains(key) {
                    try emit("appeared", instance, previous: nil)
                } else {
                    counts[key, default: 0] += 1
                }
            case .changed(let instance, let previous):
                try emit("changed", instance, previous: previous)
            case .disappeared(let instance):
                try emit("disappeared", instance, previous: nil)
            case .projectSynced(let project):
                let key = project.cloud + "/" + project.id
                synced.insert(key)
                let count = counts[key] ?? 0
                if json {
                    try line(WatchLine(event: "synced", at: Date(), cloud: project.cloud, project: project.name, count: count))
                } else {
                    let place = TerminalText.escaped("\(project.cloud)/\(project.name)")
                    Console.out("\(Self.clock()) watching \(count) instance\(count == 1 ? "" : "s") in \(place)\n")
                }
            case .refreshFailed(let project, let message):
                if json {
                    try line(WatchLine(event: "failed", at: Date(), cloud: project.cloud, project: project.name, message: message))
                } else {
                    Console.err(TerminalText.escaped("\(Self.clock()) \(project.cloud)/\(project.name): \(message) (retrying)"))
                }
            }
        }
    }

    private func emit(_ kind: String, _ instance: Instance, previous: Instance?) throws {
        if json {
            try line(
                WatchLine(
                    event: kind, at: Date(), cloud: instance.project.cloud, project: instance.project.name, id: instance.id,
                    name: instance.name, status: instance.status, taskState: instance.taskState,
                    previousStatus: previous?.status))
            return
        }
        var state = instance.status + (instance.taskState.map { " (\($0))" } ?? "")
        if let previous, previous.status != instance.status { state = previous.status + " → " + state }
        let verb = kind == "changed" ? "" : kind + " "
        Console.out(TerminalText.escaped("\(Self.clock()) \(instance.name) [\(instance.project.name)] \(verb)\(state)") + "\n")
    }

    private func line(_ value: WatchLine) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.timeIntervalSince1970)
        }
        // Bytes, not text: JSON keeps a cloud's exact words (its encoder escapes controls itself).
        Console.out(try encoder.encode(value) + Data("\n".utf8))
    }

    private static func clock() -> String {
        Date().formatted(date: .omitted, time: .standard)
    }
}

/// One `--json` line of `server watch`; `at` is seconds since 1970 (UTC), with fractions.
struct WatchLine: Encodable {
    var event: String
    var at: Date
    var cloud: String
    var project: String
    var id: String?
    var name: String?
    var status: String?
    var taskState: String?
    var previousStatus: String?
    var count: Int?
    var message: String?

    enum CodingKeys: String, CodingKey {
        case event, at, cloud, project, id, name, status, count, message
        case taskState = "task_state"
        case previousStatus = "previous_status"
    }
}
