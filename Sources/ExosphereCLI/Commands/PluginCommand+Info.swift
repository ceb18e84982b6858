import ArgumentParser
import PluginHost

extension PluginCommand {
    /// `exosphere plugin info ID`.
    struct Info: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "info",
            abstract: "Show a plugin's manifest, capabilities, settings and state.")

        @Argument(help: "The plugin id, as `exosphere plugin list` shows it.") var id: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await ErrorReport.guarding {
                let catalog = try PluginCatalogView.load()
                let plugin = try catalog.plugin(id)
                let row = await catalog.row(for: plugin)
                if output.json {
                    try Console.json(row)
                    return
                }
                var lines = ["\(row.id) \(row.version ?? "")", "  folder: \(plugin.folder) (\(row.origin))"]
                lines += plugin.overrides.map { "  overrides: \($0)" }
                lines.append("  enabled: \(row.enabled ? "yes" : "no")")
                lines.append("  state: \(row.stateLine)")
                if let manifest = try? plugin.manifest.get() {
                    lines += [
                        "  name: \(manifest.name)", "  description: \(manifest.description)", "  author: \(manifest.author)",
                        "  host API: \(manifest.api) (this Exosphere: \(HostAPI.version))",
                    ]
                    let capabilities = manifest.capabilities
                    for (kind, values) in [
                        ("http", capabilities.http), ("secrets", capabilities.secrets), ("ui", capabilities.ui),
                        ("providers", capabilities.providers), ("views", capabilities.views),
                    ] where !values.isEmpty {
                        lines.append("  capability \(kind): \(values.joined(separator: ", "))")
                    }
                    for field in manifest.config {
                        let required = field.required ? ", required" : ""
                        lines.append("  setting \(field.name) (\(field.kind.rawValue)\(required)): \(field.description)")
                    }
                }
                Console.out(lines.joined(separator: "\n") + "\n")
            }
        }
    }
}
