import ArgumentParser
import ExosphereCore
import Foundation

/// `exosphere keypair …`: SSH public keys for new instances.
struct KeypairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keypair", abstract: "List, import and delete SSH public keys (Exosphere never makes private keys).",
        subcommands: [List.self, Import.self, Delete.self])

    /// `exosphere keypair list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your key pairs.")
        @OptionGroup var options: ResourceOptions
        func run() async throws {
            try await options.run { _, session, project in
                let keys = try await session.keypairs.list(in: project)
                if options.output.json { return try Console.json(keys) }
                Console.out(TextTable(headers: ["NAME", "TYPE", "FINGERPRINT"], rows: keys.map { [$0.name, $0.type ?? "ssh", $0.fingerprint ?? "-"] }).rendered())
            }
        }
    }

    /// `exosphere keypair import NAME --public-key FILE`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Import an OpenSSH public key (a .pub file).")
        @OptionGroup var options: ResourceOptions
        @Option(help: ArgumentHelp("The public key file, such as ~/.ssh/id_ed25519.pub.", valueName: "file"))
        var publicKey: String
        @Argument(help: "The key pair's name.") var name: String
        func run() async throws {
            try await options.run { _, session, project in
                let path = NSString(string: publicKey).expandingTildeInPath
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw CoreError.resource(.unreadableFile(path: path, reason: "it does not exist or is not UTF-8 text"))
                }
                let key = try await session.keypairs.importKey(name: name, publicKey: try PublicKey(parsing: text), in: project)
                if options.output.json { return try Console.json(key) }
                Console.out("\(key.name) imported (\(key.fingerprint ?? "no fingerprint"))\n")
            }
        }
    }

    /// `exosphere keypair delete NAME`.
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a key pair (instances keep the key).")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The key pair's name.") var name: String
        func run() async throws {
            try await options.run { _, session, project in
                try await session.keypairs.delete(name: name, in: project)
                Console.out("\(name) deleted\n")
            }
        }
    }
}
