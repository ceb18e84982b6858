import ArgumentParser
import CloudConfig
import Foundation

/// `exosphere cloud …`: the clouds Exosphere can see.
struct CloudCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloud", abstract: "Show the configured clouds.", subcommands: [List.self])

    /// `exosphere cloud list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the clouds in clouds.yaml and the OS_* variables, and where each is defined.")

        @OptionGroup var output: OutputOptions

        /// One cloud in `--json` output.
        struct Row: Encodable {
            var name: String
            var authURL: String?
            var authType: String?
            var region: String?
            var source: String?
            var error: String?

            enum CodingKeys: String, CodingKey {
                case name, region, source, error
                case authURL = "auth_url"
                case authType = "auth_type"
            }
        }

        func run() async throws {
            try await ErrorReport.guarding {
                let catalogue = try CloudConfigLoader(sources: .current()).load()
                let rows = catalogue.cloudNames.map(Self.row(catalogue))
                if output.json {
                    try Console.json(rows)
                } else if rows.isEmpty {
                    Console.err("No clouds configured. Searched: \(catalogue.searchDirectories.joined(separator: ", ")).")
                } else {
                    Console.out(TextTable(
                        headers: ["NAME", "AUTH URL", "AUTH", "REGION", "DEFINED IN"],
                        rows: rows.map {
                            [$0.name, $0.authURL ?? "-", $0.authType ?? "-", $0.region ?? "-",
                             $0.source ?? ($0.error.map { "error: \($0)" } ?? "-")]
                        }
                    ).rendered())
                }
            }
        }

        private static func row(_ catalogue: CloudCatalogue) -> (String) -> Row {
            { name in
                do {
                    let profile = try catalogue.profile(named: name)
                    return Row(
                        name: name, authURL: profile.authURL.absoluteString, authType: profile.auth.typeName,
                        region: profile.regionName, source: profile.source.description)
                } catch {
                    return Row(name: name, error: "\(error)")
                }
            }
        }
    }
}
