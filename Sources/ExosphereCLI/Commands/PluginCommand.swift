import ArgumentParser
import CloudConfig
import Foundation
import PluginHost

/// `exosphere plugin …`: the Lua plugins found, their state, and tools for writing them.
struct PluginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "List, inspect, enable, create and test Lua plugins.",
        discussion: """
            Plugins are found in Plugins/ (bundled), /usr/share/exosphere/plugins, \
            /etc/exosphere/plugins and ~/.config/exosphere/plugins; a later folder wins for the same id. \
            Each is off until enabled under plugins: in Exosphere's settings file.
            """,
        subcommands: [List.self, Info.self, Enable.self, Disable.self, New.self, Test.self])

    /// `exosphere plugin list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the plugins found, whether each is enabled, and whether it loads.")

        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await ErrorReport.guarding {
                let catalog = try PluginCatalogView.load()
                var rows: [PluginRow] = []
                for plugin in catalog.discovered {
                    rows.append(await catalog.row(for: plugin))
                }
                if output.json {
                    try Console.json(rows)
                } else if rows.isEmpty {
                    Console.err("No plugins found. Searched: \(catalog.searchPath.folders.map(\.path).joined(separator: ", ")).")
                } else {
                    Console.out(TextTable(
                        headers: ["ID", "VERSION", "ENABLED", "STATE", "FROM"],
                        rows: rows.map { [$0.id, $0.version ?? "-", $0.enabled ? "yes" : "no", $0.stateLine, $0.origin] }
                    ).rendered())
                }
            }
        }
    }

    /// `exosphere plugin enable ID`.
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable",
            abstract: "Enable a plugin in Exosphere's settings file (comments in the file are not kept).")

        @Argument(help: "The plugin id, as `exosphere plugin list` shows it.") var id: String

        func run() async throws {
            try await ErrorReport.guarding { try PluginCatalogView.load().setEnabled(true, id: id) }
        }
    }

    /// `exosphere plugin disable ID`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable",
            abstract: "Disable a plugin in Exosphere's settings file (comments in the file are not kept).")

        @Argument(help: "The plugin id, as `exosphere plugin list` shows it.") var id: String

        func run() async throws {
            try await ErrorReport.guarding { try PluginCatalogView.load().setEnabled(false, id: id) }
        }
    }

    /// `exosphere plugin new NAME`.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Create a new plugin folder with a dashboard card and a test.")

        @Argument(help: "The plugin id: lowercase letters, digits and hyphens.") var name: String
        @Option(help: "The folder to create it in.") var directory = "."

        func run() async throws {
            try await ErrorReport.guarding {
                let folder = try PluginScaffold.create(id: name, in: directory)
                Console.out("Created \(folder). Try: exosphere plugin test \(folder)\n")
            }
        }
    }

    /// `exosphere plugin test [PATH]`.
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run a plugin's own tests (tests/*_spec.lua) against a fake host with recorded HTTP fixtures.")

        @Argument(help: "The plugin folder (default: the current one).") var path = "."

        func run() async throws {
            try await ErrorReport.guarding {
                let results = try await PluginTestRunner.run(folder: path)
                for result in results {
                    Console.out("\(result.failure == nil ? "ok  " : "FAIL") \(result.file): \(result.name)\n")
                    if let failure = result.failure { Console.out("     \(failure)\n") }
                }
                let failed = results.filter { $0.failure != nil }.count
                Console.out("\(results.count - failed) passed, \(failed) failed\n")
                if failed > 0 || results.isEmpty {
                    if results.isEmpty { Console.err("error: no tests found in \(path)/tests/*_spec.lua") }
                    throw ExitCode.failure
                }
            }
        }
    }
}
