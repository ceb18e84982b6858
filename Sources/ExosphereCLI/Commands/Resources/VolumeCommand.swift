import ArgumentParser
import ExosphereCore
import Foundation

/// `exosphere volume …`: block storage.
struct VolumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volume", abstract: "Create, attach, grow and delete volumes.",
        subcommands: [List.self, Create.self, Attach.self, Detach.self, Extend.self, Delete.self])

    /// One volume in `--json` output.
    struct Row: Encodable {
        var id: String
        var name: String
        var status: String
        var sizeGiB: Int
        var attachedTo: String?
        var device: String?

        enum CodingKeys: String, CodingKey {
            case id, name, status, device
            case sizeGiB = "size_gib"
            case attachedTo = "attached_to"
        }

        init(_ volume: VolumeSummary) {
            let placement = volume.attachments.first
            self.init(
                id: volume.id, name: volume.name, status: volume.status, sizeGiB: volume.sizeGiB,
                attachedTo: placement.map { $0.instanceName ?? $0.instanceID }, device: placement?.device)
        }

        init(id: String, name: String, status: String, sizeGiB: Int, attachedTo: String?, device: String?) {
            self.id = id
            self.name = name
            self.status = status
            self.sizeGiB = sizeGiB
            self.attachedTo = attachedTo
            self.device = device
        }
    }

    static func show(_ volumes: [VolumeSummary], json: Bool) throws {
        let rows = volumes.map(Row.init)
        if json { return try Console.json(rows) }
        Console.out(
            TextTable(
                headers: ["NAME", "STATUS", "SIZE", "ATTACHED TO", "DEVICE", "ID"],
                rows: rows.map { [$0.name, $0.status, "\($0.sizeGiB) GiB", $0.attachedTo ?? "-", $0.device ?? "-", $0.id] }
            ).rendered())
    }

    /// `exosphere volume list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List volumes, where they are attached and at which device.")
        @OptionGroup var options: ResourceOptions
        func run() async throws {
            try await options.run { _, session, project in
                try VolumeCommand.show(try await session.volumes.list(in: project), json: options.output.json)
            }
        }
    }

    /// `exosphere volume create NAME --size GiB`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create an empty volume.")
        @OptionGroup var options: ResourceOptions
        @Option(help: ArgumentHelp("Size in GiB.", valueName: "GiB")) var size: Int
        @Flag(help: "Return once it is available.") var wait = false
        @Argument(help: "The new volume's name.") var name: String
        func validate() throws { guard size > 0 else { throw ValidationError("--size must be at least 1 GiB.") } }
        func run() async throws {
            try await options.run { _, session, project in
                let volume = try await session.volumes.create(name: name, sizeGiB: size, in: project, wait: ResourceOptions.waitPolicy(wait))
                try VolumeCommand.show([volume], json: options.output.json)
            }
        }
    }

    /// `exosphere volume attach VOLUME INSTANCE`.
    struct Attach: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "attach", abstract: "Attach a volume to an instance and print the device path.")
        @OptionGroup var options: ResourceOptions
        @Flag(help: "Return once it is in use.") var wait = false
        @Argument(help: "The volume's name or id.") var volume: String
        @Argument(help: "The instance's name or id.") var instance: String
        func run() async throws {
            try await options.run { sessions, session, project in
                let found = try await session.volumes.find(volume, in: project)
                let target = try await sessions.findInstance(instance, projectFilter: project.id)
                let device = try await session.volumes.attach(found, to: target, wait: ResourceOptions.waitPolicy(wait))
                if options.output.json {
                    return try VolumeCommand.show([try await session.volumes.find(found.id, in: project)], json: true)
                }
                Console.out("\(found.displayName) attached to \(target.name) at \(device ?? "a device the cloud will choose")\n")
            }
        }
    }

    /// `exosphere volume detach VOLUME`.
    struct Detach: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "detach", abstract: "Detach a volume from its instance.")
        @OptionGroup var options: ResourceOptions
        @Flag(help: "Return once it is available.") var wait = false
        @Argument(help: "The volume's name or id.") var volume: String
        func run() async throws {
            try await options.run { sessions, session, project in
                let found = try await session.volumes.find(volume, in: project)
                guard let placement = found.attachments.first else {
                    throw CoreError.resource(.volumeNotAttached(volume: found.displayName, instance: "any instance"))
                }
                let target = try await sessions.findInstance(placement.instanceID, projectFilter: project.id)
                try await session.volumes.detach(found, from: target, wait: ResourceOptions.waitPolicy(wait))
                Console.out("\(found.displayName) detached from \(target.name)\n")
            }
        }
    }

    /// `exosphere volume extend VOLUME --size GiB`.
    struct Extend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "extend", abstract: "Grow a volume (the file system inside needs growing too).")
        @OptionGroup var options: ResourceOptions
        @Option(help: ArgumentHelp("The new size in GiB.", valueName: "GiB")) var size: Int
        @Flag(help: "Return once the cloud has grown it.") var wait = false
        @Argument(help: "The volume's name or id.") var volume: String
        func run() async throws {
            try await options.run { _, session, project in
                let found = try await session.volumes.find(volume, in: project)
                let grown = try await session.volumes.extend(found, toGiB: size, wait: ResourceOptions.waitPolicy(wait))
                try VolumeCommand.show([grown], json: options.output.json)
            }
        }
    }

    /// `exosphere volume delete VOLUME`.
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a detached volume and its data.")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The volume's name or id.") var volume: String
        func run() async throws {
            try await options.run { _, session, project in
                let found = try await session.volumes.find(volume, in: project)
                try await session.volumes.delete(found)
                Console.out("\(found.displayName) deleted\n")
            }
        }
    }
}
