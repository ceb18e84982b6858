import ArgumentParser
import ExosphereCore

/// `exosphere server actions NAME`: what can be done to an instance now, and why not the rest.
struct ServerActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions", abstract: "Show which actions an instance allows in its current state, and why not the others.")

    @OptionGroup var cloud: CloudOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp("Only search this project (name or id).", valueName: "project"))
    var project: String?
    @Argument(help: "The instance's name or id.")
    var instance: String

    /// One action in `--json` output.
    struct Row: Encodable {
        var action: String
        var allowed: Bool
        var reason: String?
    }

    func run() async throws {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(cloud)
            try await context.withSessions(output) { sessions in
                let found = try await sessions.findInstance(instance, projectFilter: project)
                let state = try await sessions.session(for: found.project).instances.currentState(of: found)
                let rows = ActionMatrix().evaluate(in: state).map {
                    Row(action: $0.action.rawValue, allowed: $0.refusal == nil, reason: $0.refusal?.reason)
                }
                if output.json { return try Console.json(rows) }
                let task = state.taskState.map { ", task \($0)" } ?? ""
                Console.out("\(found.name) is \(state.status)\(task)\(state.locked ? ", locked" : "")\n")
                Console.out(
                    TextTable(headers: ["ACTION", "ALLOWED", "WHY NOT"], rows: rows.map { [$0.action, $0.allowed ? "yes" : "no", $0.reason ?? ""] })
                        .rendered())
            }
        }
    }
}
