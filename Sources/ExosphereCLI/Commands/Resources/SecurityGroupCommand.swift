import ArgumentParser
import ExosphereCore

/// `exosphere security-group …`: firewall rules.
struct SecurityGroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "security-group", abstract: "Show security groups and add rules.",
        subcommands: [List.self, Rule.self, Ensure.self])

    /// `exosphere security-group list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List security groups and their rules.")
        @OptionGroup var options: ResourceOptions
        func run() async throws {
            try await options.run { _, session, project in
                let groups = try await session.securityGroups.list(in: project)
                if options.output.json { return try Console.json(groups) }
                for group in groups {
                    let ready = group.hasExosphereRules ? "" : " (no SSH/ping rules; `exosphere security-group ensure \(group.name)`)"
                    Console.out("\(group.name) \(group.id)\(ready)\n")
                    for rule in group.rules { Console.out("  \(rule.summary)\n") }
                }
            }
        }
    }

    /// `exosphere security-group ensure GROUP`: Exosphere's SSH and ICMP rules.
    struct Ensure: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ensure", abstract: "Add the SSH and ping rules Exosphere needs, if missing.")
        @OptionGroup var options: ResourceOptions
        @Argument(help: "The group's name or id.") var group: String = "default"
        func run() async throws {
            try await options.run { _, session, project in
                let found = try await session.securityGroups.find(group, in: project)
                let added = try await session.securityGroups.ensureExosphereRules(on: found, in: project)
                Console.out(added.isEmpty ? "\(found.name) already has them\n" : added.map { "added \($0.summary)\n" }.joined())
            }
        }
    }

    /// `exosphere security-group rule add GROUP --protocol P [--port N[-M]] [--remote CIDR]`.
    struct Rule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rule", abstract: "Change a group's rules.", subcommands: [Add.self])

        /// `exosphere security-group rule add`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Allow incoming traffic (or outgoing with --egress).")
            @OptionGroup var options: ResourceOptions
            @Option(help: ArgumentHelp("tcp, udp or icmp.", valueName: "protocol")) var `protocol`: String
            @Option(help: ArgumentHelp("A port or range such as 8000-8080.", valueName: "port")) var port: String?
            @Option(help: ArgumentHelp("Who may connect (default: 0.0.0.0/0, anyone).", valueName: "cidr"))
            var remote = "0.0.0.0/0"
            @Flag(help: "An outgoing rule.") var egress = false
            @Argument(help: "The group's name or id.") var group: String

            func ports() throws -> (Int?, Int?) {
                guard let port else { return (nil, nil) }
                let parts = port.split(separator: "-").map { Int($0) }
                guard let low = parts.first ?? nil, parts.count <= 2, (1...65_535).contains(low) else {
                    throw ValidationError("--port must be a number from 1 to 65535 or a range such as 8000-8080.")
                }
                guard parts.count == 2 else { return (low, low) }
                guard let high = parts[1], high >= low, high <= 65_535 else {
                    throw ValidationError("--port's range must go from low to high, at most 65535.")
                }
                return (low, high)
            }

            func validate() throws { _ = try ports() }

            func run() async throws {
                let (low, high) = try ports()
                try await options.run { _, session, project in
                    let found = try await session.securityGroups.find(group, in: project)
                    let rule = SecurityRule(
                        direction: egress ? "egress" : "ingress", ethertype: remote.contains(":") ? "IPv6" : "IPv4",
                        protocol: `protocol`.lowercased(), portMin: low, portMax: high, remoteCIDR: remote)
                    let added = try await session.securityGroups.addRule(rule, to: found, in: project)
                    Console.out(added ? "added \(rule.summary)\n" : "\(found.name) already allows \(rule.summary)\n")
                }
            }
        }
    }
}
