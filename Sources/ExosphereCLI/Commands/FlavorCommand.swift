import ArgumentParser
import ExosphereCore

/// `exosphere flavor …`: sizes of computer.
struct FlavorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flavor", abstract: "Show the sizes of computer you can launch.", subcommands: [List.self])

    /// `exosphere flavor list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the flavors a project can use (your home project unless --project says otherwise).")

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("The project whose view to show (name or id).", valueName: "project"))
        var project: String?

        /// One flavor in `--json` output.
        struct Row: Encodable {
            var id: String
            var name: String
            var vcpus: Int
            var ramMiB: Int
            var diskGiB: Int
            var cloud: String

            enum CodingKeys: String, CodingKey {
                case id, name, vcpus, cloud
                case ramMiB = "ram_mib"
                case diskGiB = "disk_gib"
            }
        }

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                let listing = try await context.withSessions(output) { await $0.listFlavors(projectFilter: project) }
                let rows = listing.items.map {
                    Row(id: $0.id, name: $0.name, vcpus: $0.vcpus, ramMiB: $0.ramMiB, diskGiB: $0.diskGiB, cloud: $0.project.cloud)
                }
                if output.json {
                    try Console.json(rows)
                } else {
                    Console.out(TextTable(
                        headers: ["NAME", "CPUS", "MEMORY", "DISK", "ID"],
                        rows: rows.map { [$0.name, String($0.vcpus), Self.memory($0.ramMiB), $0.diskGiB == 0 ? "image size" : "\($0.diskGiB) GiB", $0.id] }
                    ).rendered())
                }
                try ListingReport.finish(listing)
            }
        }

        /// Memory in GiB when it is a whole number of GiB, else in MiB.
        static func memory(_ mebibytes: Int) -> String {
            mebibytes % 1024 == 0 ? "\(mebibytes / 1024) GiB" : "\(mebibytes) MiB"
        }
    }
}
