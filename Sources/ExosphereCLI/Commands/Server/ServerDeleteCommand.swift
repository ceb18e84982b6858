import ArgumentParser
import ExosphereCore
import Foundation

/// `exosphere server delete NAME [--release-ip] [--delete-volumes] [--yes]`.
///
/// On a terminal it asks before deleting and about each kind of leftover the flags do not
/// settle; without a terminal (scripts) it asks nothing and the flags alone decide.
struct ServerDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an instance, optionally with its floating IPs and the volumes created with it.")

    @OptionGroup var options: ServerActionOptions
    @Flag(help: "Also release its floating IP addresses.")
    var releaseIP = false
    @Flag(help: "Also delete the volumes created with it (waits until they are detached).")
    var deleteVolumes = false
    @Flag(name: [.customShort("y"), .long], help: "Do not ask before deleting the instance.")
    var yes = false

    func run() async throws {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(options.cloud)
            try await context.withSessions(options.output) { sessions in
                let instance = try await sessions.findInstance(options.instance, projectFilter: options.project)
                let session = try sessions.session(for: instance.project)
                let plan = try await session.instances.planDeletion(of: instance)
                let prompt = Prompt.interactive
                var choices = DeletionChoices(releaseFloatingIPs: releaseIP, deleteVolumes: deleteVolumes)
                if let prompt, !options.printOpenstackCommand {
                    guard yes || prompt.confirm("Delete instance \(instance.name) (\(instance.id))?") else {
                        Console.err("Nothing deleted.")
                        throw ExitCode.failure
                    }
                    if !releaseIP, !plan.floatingIPs.isEmpty {
                        let addresses = plan.floatingIPs.map(\.address).joined(separator: ", ")
                        choices.releaseFloatingIPs = prompt.confirm("Also release its floating IP \(addresses)?")
                    }
                    if !deleteVolumes, !plan.volumes.isEmpty {
                        let names = plan.volumes.map { "\($0.volume.displayName) (\($0.volume.sizeGiB) GiB)" }.joined(separator: ", ")
                        choices.deleteVolumes = prompt.confirm("Also delete the volumes created with it: \(names)?")
                    }
                }
                if options.printOpenstackCommand {
                    Console.out(OpenStackCommand.line(for: .delete, instance: instance, choices: choices, plan: plan) + "\n")
                    return
                }
                let report = try await session.instances.delete(
                    plan, choices: choices, wait: options.waitPolicy,
                    progress: options.output.json ? nil : ServerActionRunner.progressPrinter())
                Self.print(report, json: options.output.json)
            }
        }
    }

    /// One deletion in `--json` output.
    struct Row: Encodable {
        var id: String
        var name: String
        var gone: Bool
        var releasedFloatingIPs: [String]
        var keptFloatingIPs: [String]
        var deletedVolumes: [String]
        var keptVolumes: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, gone
            case releasedFloatingIPs = "released_floating_ips"
            case keptFloatingIPs = "kept_floating_ips"
            case deletedVolumes = "deleted_volumes"
            case keptVolumes = "kept_volumes"
        }
    }

    static func print(_ report: DeletionReport, json: Bool) {
        if json {
            try? Console.json(
                Row(
                    id: report.instance.id, name: report.instance.name, gone: report.confirmedGone,
                    releasedFloatingIPs: report.releasedFloatingIPs, keptFloatingIPs: report.keptFloatingIPs,
                    deletedVolumes: report.deletedVolumes, keptVolumes: report.keptVolumes))
            return
        }
        Console.out("\(report.instance.name): \(report.confirmedGone ? "deleted" : "delete requested")\n")
        if !report.releasedFloatingIPs.isEmpty {
            Console.out("released floating IP: \(report.releasedFloatingIPs.joined(separator: ", "))\n")
        }
        if !report.deletedVolumes.isEmpty { Console.out("deleted volume: \(report.deletedVolumes.joined(separator: ", "))\n") }
        if !report.keptFloatingIPs.isEmpty {
            Console.err("kept floating IP \(report.keptFloatingIPs.joined(separator: ", ")) (release it with `exosphere floating-ip delete`)")
        }
        if !report.keptVolumes.isEmpty {
            Console.err("kept volume \(report.keptVolumes.joined(separator: ", ")) (delete it with `exosphere volume delete`)")
        }
    }
}
