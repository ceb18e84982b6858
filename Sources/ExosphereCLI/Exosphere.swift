import ArgumentParser

/// The `exosphere` command: friendly OpenStack for people and scripts.
@main
struct Exosphere: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exosphere",
        abstract: "The friendly way to use OpenStack clouds.",
        discussion: """
            Reads clouds.yaml, secure.yaml and OS_* variables the way the openstack command does. \
            Try `exosphere demo` to see it work against a simulated cloud.
            """,
        subcommands: [
            DemoCommand.self, SimulatorCommand.self, CloudCommand.self, ProjectCommand.self,
            ServerCommand.self, ImageCommand.self, FlavorCommand.self,
        ]
    )
}
