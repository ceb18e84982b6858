import ArgumentParser
import ExosphereCore

/// What every resource command takes: the cloud, output style and project.
struct ResourceOptions: ParsableArguments {
    @OptionGroup var cloud: CloudOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp("The project to work in (name or id; default: your home project).", valueName: "project"))
    var project: String?

    /// Runs `body` with the session and project the options choose, reporting errors.
    func run(_ body: (CloudSessions, CloudSession, ProjectSummary) async throws -> Void) async throws {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(cloud)
            try await context.withSessions(output) { sessions in
                let (session, project) = try await sessions.workingProject(project)
                try await body(sessions, session, project)
            }
        }
    }

    /// `--wait`'s policy for resource commands.
    static func waitPolicy(_ wait: Bool) -> WaitPolicy? { wait ? WaitPolicy(initialInterval: .milliseconds(500), timeout: .seconds(600)) : nil }
}
