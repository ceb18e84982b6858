import ArgumentParser
import ExosphereCore
import Foundation
import Synchronization

/// Runs one instance action for the command line: find, check, act, optionally wait, report.
enum ServerActionRunner {
    /// One result in `--json` output.
    struct Row: Encodable {
        var id: String
        var name: String
        var action: String
        var status: String?
        var imageID: String?

        enum CodingKeys: String, CodingKey {
            case id, name, action, status
            case imageID = "image_id"
        }
    }

    static func run(_ action: InstanceAction, _ options: ServerActionOptions, actionOptions: ActionOptions = ActionOptions())
        async throws
    {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(options.cloud)
            try await context.withSessions(options.output) { sessions in
                let instance = try await sessions.findInstance(options.instance, projectFilter: options.project)
                if options.printOpenstackCommand {
                    Console.out(OpenStackCommand.line(for: action, instance: instance, options: actionOptions) + "\n")
                    return
                }
                let session = try sessions.session(for: instance.project)
                let outcome = try await session.instances.perform(
                    action, on: instance, options: actionOptions, wait: options.waitPolicy,
                    progress: options.output.json ? nil : progressPrinter())
                report(outcome, json: options.output.json)
            }
        }
    }

    static func report(_ outcome: ActionOutcome, json: Bool) {
        let row = Row(
            id: outcome.instance.id, name: outcome.instance.name, action: outcome.action.rawValue,
            status: outcome.finalStatus, imageID: outcome.imageID)
        if json {
            try? Console.json(row)
            return
        }
        var line = "\(outcome.instance.name): \(outcome.action.verb) "
        line += outcome.finalStatus.map { "done, now \($0)" } ?? "requested"
        if let imageID = outcome.imageID { line += " (image \(imageID))" }
        Console.out(line + "\n")
    }

    /// A handler that prints a progress line to standard error whenever the status, task or
    /// percentage changes, not on every poll.
    static func progressPrinter() -> ActionProgressHandler {
        let last = Mutex<String?>(nil)
        return { progress in
            let task = progress.taskState.map { " (\($0))" } ?? ""
            let percent = progress.percent.flatMap { $0 > 0 ? " \($0)%" : nil } ?? ""
            let line = "\(progress.instance): \(progress.status)\(task)\(percent)"
            guard last.withLock({ previous in defer { previous = line }; return previous != line }) else { return }
            Console.err("\(line) after \(progress.elapsed.components.seconds) s")
        }
    }
}
