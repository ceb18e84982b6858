import ArgumentParser
import ExosphereCore
import Foundation
import Localization

/// `exosphere quota show`: a project's quotas as used / limit.
struct QuotaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota", abstract: "Show quotas and usage.", subcommands: [Show.self])

    /// `exosphere quota show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a project's compute, volume and network quotas as used / limit.")

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("The project (name or id; default: your home project).", valueName: "project"))
        var project: String?

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                let usage = try await context.withSessions(output) { sessions in
                    guard let session = sessions.sessions.first else { throw ExitCode.failure }
                    return try await session.quotaUsage(project: try await session.project(named: project))
                }
                if output.json {
                    try Console.json(usage)
                    return
                }
                let rows = usage.entries.map { entry in
                    let unit = entry.resource.unit.isEmpty ? "" : " " + entry.resource.unit
                    return [
                        entry.resource.service, entry.resource.rawValue, "\(entry.used)\(unit)",
                        entry.limit.map { "\($0)\(unit)" } ?? "unlimited",
                    ]
                }
                Console.out(TerminalText.escaped("Project \(usage.project.name)") + "\n")
                Console.out(TextTable(headers: ["SERVICE", "RESOURCE", "USED", "LIMIT"], rows: rows).rendered())
            }
        }
    }
}
