import ArgumentParser
import ExosphereCore

/// `exosphere floating-ip …`: public addresses.
struct FloatingIPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floating-ip", abstract: "Allocate, attach and release public IP addresses.",
        subcommands: [List.self, Create.self, Associate.self, Disassociate.self, Delete.self])

    /// One floating IP in `--json` output.
    struct Row: Encodable {
        var id: String
        var address: String
        var status: String
        var instance: String?
        var fixedAddress: String?
        var orphan: Bool

        enum CodingKeys: String, CodingKey {
            case id, address, status, instance, orphan
            case fixedAddress = "fixed_address"
        }

        init(_ ip: FloatingIPSummary) {
            id = ip.id
            address = ip.address
            status = ip.status
            instance = ip.instanceName ?? ip.instanceID
            fixedAddress = ip.fixedAddress
            orphan = ip.isOrphan
        }
    }

    static func show(_ ips: [FloatingIPSummary], json: Bool) throws {
        let rows = ips.map(Row.init)
        if json { return try Console.json(rows) }
        Console.out(
            TextTable(
                headers: ["ADDRESS", "STATUS", "INSTANCE", "FIXED ADDRESS", "ID"],
                rows: rows.map { [$0.address, $0.status, $0.instance ?? ($0.orphan ? "(unused)" : "-"), $0.fixedAddress ?? "-", $0.id] }
            ).rendered())
        let orphans = rows.filter(\.orphan).count
        if orphans > 0 {
            Console.err("\(orphans) floating IP(s) are allocated but unused; they count against your quota (`exosphere floating-ip delete`).")
        }
    }

    /// `exosphere floating-ip list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List floating IPs; unused ones are flagged.")
        @OptionGroup var options: ResourceOptions
        func run() async throws {
            try await options.run { _, session, project in
                try FloatingIPCommand.show(try await session.floatingIPs.list(in: project), json: options.output.json)
            }
        }
    }

    /// `exosphere floating-ip create [--network N]`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Allocate a floating IP.")
        @OptionGroup var options: ResourceOptions
        @Option(help: ArgumentHelp("The external network (default: the only or first one).", valueName: "network"))
        var network: String?
        func run() async throws {
            try await options.run { _, session, project in
                let ip = try await session.floatingIPs.allocate(in: project, externalNetwork: network)
                try FloatingIPCommand.show([ip], json: options.output.json)
            }
        }
    }

    /// `exosphere floating-ip associate ADDRESS INSTANCE`.
    struct Associate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "associate", abstract: "Point a floating IP at an instance.")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The address or id.") var address: String
        @Argument(help: "The instance's name or id.") var instance: String
        func run() async throws {
            try await options.run { sessions, session, project in
                let ip = try await session.floatingIPs.find(address, in: project)
                let target = try await sessions.findInstance(instance, projectFilter: project.id)
                try FloatingIPCommand.show([try await session.floatingIPs.associate(ip, with: target)], json: options.output.json)
            }
        }
    }

    /// `exosphere floating-ip disassociate ADDRESS`.
    struct Disassociate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disassociate", abstract: "Detach a floating IP; it stays allocated.")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The address or id.") var address: String
        func run() async throws {
            try await options.run { _, session, project in
                let ip = try await session.floatingIPs.find(address, in: project)
                try FloatingIPCommand.show([try await session.floatingIPs.disassociate(ip)], json: options.output.json)
            }
        }
    }

    /// `exosphere floating-ip delete ADDRESS`.
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Release a floating IP back to the cloud.")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The address or id.") var address: String
        func run() async throws {
            try await options.run { _, session, project in
                let ip = try await session.floatingIPs.find(address, in: project)
                try await session.floatingIPs.release(ip)
                Console.out("\(ip.address) released\n")
            }
        }
    }
}
