import ArgumentParser
import ExosphereCore
import Foundation

/// `exosphere image …`: images to boot from.
struct ImageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image", abstract: "Show the images you can boot from.", subcommands: [List.self] + ImageDataCommands.all)

    /// `exosphere image list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the images a project can see (your home project unless --project says otherwise).")

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("The project whose view to show (name or id).", valueName: "project"))
        var project: String?

        /// One image in `--json` output.
        struct Row: Encodable {
            var id: String
            var name: String
            var status: String
            var visibility: String
            var sizeBytes: Int64?
            var snapshot: Bool
            var os: String?
            var created: Date?
            var cloud: String

            enum CodingKeys: String, CodingKey {
                case id, name, status, visibility, snapshot, os, created, cloud
                case sizeBytes = "size_bytes"
            }
        }

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                let listing = try await context.withSessions(output) { await $0.listImages(projectFilter: project) }
                let rows = listing.items.map {
                    Row(id: $0.id, name: $0.name, status: $0.status, visibility: $0.visibility, sizeBytes: $0.sizeBytes,
                        snapshot: $0.isSnapshot, os: $0.operatingSystem, created: $0.created, cloud: $0.project.cloud)
                }
                if output.json {
                    try Console.json(rows)
                } else {
                    Console.out(TextTable(
                        headers: ["NAME", "OS", "KIND", "STATUS", "VISIBILITY", "SIZE", "ID"],
                        rows: rows.map {
                            [$0.name, $0.os ?? "-", $0.snapshot ? "snapshot" : "image", $0.status, $0.visibility,
                             $0.sizeBytes.map { ByteCountFormatter.string(fromByteCount: $0, countStyle: .binary) } ?? "-", $0.id]
                        }
                    ).rendered())
                }
                try ListingReport.finish(listing)
            }
        }
    }
}
