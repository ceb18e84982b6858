import ArgumentParser
import ExosphereCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `exosphere ssh NAME`: runs ssh to the instance's address as `exouser`.
struct SSHCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssh",
        abstract: "Open an SSH session to an instance as exouser.",
        discussion: "Uses the public IP when there is one, else the private one. EXOSPHERE_SSH names another ssh program.")

    @OptionGroup var cloud: CloudOptions
    @Option(help: ArgumentHelp("Only search this project (name or id).", valueName: "project"))
    var project: String?
    @Option(help: ArgumentHelp("The user to log in as.", valueName: "user"))
    var user = AccessPassphrase.userName
    @Argument(help: "The instance's name or id.")
    var instance: String
    @Argument(parsing: .postTerminator, help: "Extra arguments for ssh, after --.")
    var sshArguments: [String] = []

    func run() async throws {
        let arguments = try await ErrorReport.guarding {
            let context = try CommandContext.load(cloud)
            let found = try await context.withSessions(try OutputOptions.parse([])) {
                try await $0.findInstance(instance, projectFilter: project)
            }
            guard let address = found.sshAddress else { throw CoreError.noReachableAddress(instance: found.name) }
            return ["-o", "StrictHostKeyChecking=accept-new", "\(user)@\(address)"] + sshArguments
        }
        let program = ProcessInfo.processInfo.environment["EXOSPHERE_SSH"] ?? "ssh"
        // execvp replaces this process, so ssh owns the terminal and its exit status is ours.
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execvp(program, argv)
        Console.err("error: could not run \(program): \(String(cString: strerror(errno)))")
        throw ExitCode.failure
    }
}
