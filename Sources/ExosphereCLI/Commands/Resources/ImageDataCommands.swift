import ArgumentParser
import ExosphereCore
import Foundation

/// `exosphere image upload|delete`.
enum ImageDataCommands {
    /// The subcommands, for `exosphere image`.
    static let all: [any ParsableCommand.Type] = [Upload.self, Delete.self]

    /// `exosphere image upload FILE --name N [--disk-format F]`.
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "upload", abstract: "Upload a disk image file as a private image.")
        @OptionGroup var options: ResourceOptions
        @Option(help: ArgumentHelp("The image's name (default: the file's name).", valueName: "name")) var name: String?
        @Option(help: ArgumentHelp("qcow2, raw, iso… (default: from the file's extension).", valueName: "format"))
        var diskFormat: String?
        @Argument(help: "The file to upload.") var file: String

        func run() async throws {
            let url = URL(fileURLWithPath: NSString(string: file).expandingTildeInPath)
            try await options.run { _, session, project in
                let image = try await session.images.upload(
                    file: url, name: name ?? url.deletingPathExtension().lastPathComponent, diskFormat: diskFormat, in: project,
                    progress: options.output.json ? nil : Self.show)
                if options.output.json { return try Console.json(["id": image.id, "name": image.name, "status": image.status]) }
                Console.out("\(image.name) uploaded: \(image.id)\n")
            }
        }

        @Sendable static func show(_ progress: UploadProgress) {
            let percent = progress.totalBytes > 0 ? progress.bytes * 100 / progress.totalBytes : 100
            switch progress.stage {
            case .sending where progress.bytes == 0: Console.err("sending \(progress.totalBytes) bytes…")
            case .sending where progress.bytes == progress.totalBytes || progress.bytes % (64 << 20) == 0:
                Console.err("sent \(percent)%")
            case .sending: break
            case .processing: Console.err("the cloud is storing the image…")
            case .done: Console.err("active")
            }
        }
    }

    /// `exosphere image delete IMAGE`.
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete one of your project's images.")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The image's name or id.") var image: String
        func run() async throws {
            try await options.run { _, session, project in
                try await session.images.delete(image, in: project)
                Console.out("\(image) deleted\n")
            }
        }
    }
}
