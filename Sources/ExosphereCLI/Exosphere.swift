import ArgumentParser
import Foundation
import Logging

/// Starts the program: logging first, then the command line.
@main
enum Main {
    static func main() async {
        // Diagnostics go to standard error so that standard output stays clean for `--json`.
        // Libraries log at debug or info; set EXOSPHERE_LOG_LEVEL=debug to see them, and
        // EXOSPHERE_LOG_FORMAT=json for one JSON object per line (a hosted server's collector).
        let environment = ProcessInfo.processInfo.environment
        let level = environment["EXOSPHERE_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        let json = environment["EXOSPHERE_LOG_FORMAT"] == "json"
        LoggingSystem.bootstrap { label in
            if json {
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        await Exosphere.main()
    }
}

/// The `exosphere` command: friendly OpenStack for people and scripts.
struct Exosphere: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exosphere",
        abstract: "The friendly way to use OpenStack clouds.",
        discussion: """
            Reads clouds.yaml, secure.yaml and OS_* variables the way the openstack command does. \
            Try `exosphere demo` to see it work against a simulated cloud.
            """,
        subcommands: [
            DemoCommand.self, ServeCommand.self, SimulatorCommand.self, CloudCommand.self, LoginCommand.self, ProjectCommand.self,
            ServerCommand.self, ImageCommand.self, FlavorCommand.self,
            PluginCommand.self,
            LaunchCommand.self, SSHCommand.self, QuotaCommand.self, UsageCommand.self,
            VolumeCommand.self, FloatingIPCommand.self, KeypairCommand.self, SecurityGroupCommand.self,
        ]
    )
}
