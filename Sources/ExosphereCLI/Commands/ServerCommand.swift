import ArgumentParser
import CloudConfig
import ExosphereCore
import Foundation

/// `exosphere server …`: instances across clouds and projects.
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "List and inspect instances.", subcommands: [List.self, Show.self, Watch.self] + ServerActionCommands.all)

    /// `exosphere server list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the instances in every project your credentials reach, fetched concurrently.",
            discussion: """
                Instances of providers that enabled plugins register (such as ec2-provider) are listed \
                too, with the provider's name as their cloud and no project; --project leaves them out.
                """)

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("Only this project (name or id).", valueName: "project"))
        var project: String?

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                // Providers have no projects: a project filter leaves them out.
                let settings = context.settings
                let includesProviders = project == nil
                async let providerRows = includesProviders ? ProviderInstanceListing.rows(settings: settings) : []
                let json = output.json
                let listing = try await context.withSessions(output) { sessions in
                    // For --json each project's rows are encoded in the task that fetched them,
                    // while other projects' servers are still arriving.
                    await sessions.listInstances(projectFilter: project) { instances in
                        json ? JSONOutput.elements(encoding: instances.map(InstanceRow.init)) : nil
                    }
                }
                let providers = await providerRows
                if json {
                    try Self.printJSON(listing, providers: providers)
                } else {
                    let instances = listing.items.flatMap(\.instances)
                    if instances.isEmpty && providers.isEmpty {
                        Console.out(listing.failures.isEmpty ? "No instances in the projects searched.\n" : "")
                    } else {
                        let rows = instances.map(InstanceRow.init) + providers
                        Console.out(InstanceRow.table(rows: rows, showCloud: context.profiles.count > 1 || !providers.isEmpty))
                    }
                }
                try ListingReport.finish(listing)
            }
        }

        /// The listing as one JSON array: the projects' rows, encoded in the tasks that fetched
        /// them, joined with the providers' rows. When nothing was listed, or a row would not
        /// encode, every row is encoded at once instead, which writes the empty array or says
        /// what failed.
        private static func printJSON(_ listing: Listing<ProjectInstances<Data?>>, providers: [InstanceRow]) throws {
            let parts = listing.items.map(\.part) + [JSONOutput.elements(encoding: providers)]
            if parts.allSatisfy({ $0 != nil }), let encoded = JSONOutput.array(joining: parts.compactMap { $0 }) {
                Console.out(encoded)
                Console.out("\n")
                return
            }
            let instances = listing.items.flatMap(\.instances)
            try Console.json(count: instances.count + providers.count) { index in
                index < instances.count ? InstanceRow(instances[index]) : providers[index - instances.count]
            }
        }
    }

    /// `exosphere server show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one instance, found by name or id.")

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp("Only search this project (name or id).", valueName: "project"))
        var project: String?
        @Argument(help: "The instance's name or id.")
        var instance: String

        func run() async throws {
            try await ErrorReport.guarding {
                let context = try CommandContext.load(cloud)
                let row = try await context.withSessions(output) { sessions in
                    let found = try await sessions.findInstance(instance, projectFilter: project)
                    var row = InstanceRow(found)
                    if let session = sessions.session(named: found.project.cloud) {
                        let monitor = try await session.launch.setupMonitor(
                            project: found.project, timeout: context.settings.launch.defaults.setupTimeout)
                        let (setup, usage) = try await monitor.check(serverID: found.id)
                        row.setup = setup
                        row.usage = usage.samples
                    }
                    return row
                }
                if output.json {
                    try Console.json(row)
                } else {
                    Console.out(row.details())
                }
            }
        }
    }
}
