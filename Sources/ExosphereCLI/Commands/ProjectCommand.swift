import ArgumentParser
import ExosphereCore

/// `exosphere project …`: the projects a login reaches.
struct ProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Show the projects your credentials reach.", subcommands: [List.self])

    /// `exosphere project list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every project your credentials reach.")

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions

        /// One project in `--json` output.
        struct Row: Encodable {
            var id: String
            var name: String
            var cloud: String
            var domainID: String?

            enum CodingKeys: String, CodingKey {
                case id, name, cloud
                case domainID = "domain_id"
            }
        }

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                let listing = try await context.withSessions(output) { await $0.listProjects() }
                let rows = listing.items.map { Row(id: $0.id, name: $0.name, cloud: $0.cloud, domainID: $0.domainID) }
                if output.json {
                    try Console.json(rows)
                } else {
                    Console.out(TextTable(headers: ["NAME", "CLOUD", "ID"], rows: rows.map { [$0.name, $0.cloud, $0.id] }).rendered())
                }
                try ListingReport.finish(listing)
            }
        }
    }
}
