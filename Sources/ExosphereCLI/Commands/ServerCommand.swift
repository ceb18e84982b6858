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
                let providers = project == nil ? await PluginProviders.load(settings: context.settings) : []
                let (listing, writer) = try await context.withSessions(output) { sessions in
                    // Each project's rows are written as soon as it and the projects before it
                    // have arrived, while later projects are still being fetched; the providers'
                    // instances come last, as the core lists them.
                    var listing = Listing<Instance>()
                    var writer = output.json ? JSONArrayWriter() : nil
                    for await part in sessions.instanceStream(projectFilter: project, providers: providers) {
                        switch part {
                        case .project(let project):
                            try writer?.write(project.instances.map(InstanceRow.init))
                            listing.items += project.instances
                        case .failure(let failure):
                            listing.failures.append(failure)
                        }
                    }
                    return (listing, writer)
                }
                if let writer {
                    try writer.finish()
                } else if listing.items.isEmpty {
                    Console.out(listing.failures.isEmpty ? "No instances in the projects searched.\n" : "")
                } else {
                    let showCloud = context.profiles.count > 1 || !providers.isEmpty
                    Console.out(InstanceRow.table(rows: listing.items.map(InstanceRow.init), showCloud: showCloud))
                }
                try ListingReport.finish(listing)
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
