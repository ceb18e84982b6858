import ArgumentParser
import CloudConfig
import ExosphereCore
import Foundation
import Localization
import Logging
import Secrets

/// `exosphere launch`: a computer in one command, every other choice made and explained.
struct LaunchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launch",
        abstract: "Launch an instance with sensible defaults for everything you leave out.",
        discussion: """
            Exit status with --wait: 0 when setup is ready, 3 when setup failed or timed out, \
            1 when the launch itself failed (everything it created is removed again).
            """)

    @OptionGroup var cloud: CloudOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp("The project to launch in (name or id).", valueName: "project"))
    var project: String?
    @Argument(help: "The instance's name (default: a readable made-up name).")
    var name: String?
    @Option(help: ArgumentHelp("Image name or id (default: the cloud's recommended image).", valueName: "image"))
    var image: String?
    @Option(help: ArgumentHelp("Operating system by the operator's instance type name.", valueName: "type"))
    var instanceType: String?
    @Option(help: ArgumentHelp("Flavor name or id (default: the smallest that fits).", valueName: "flavor"))
    var flavor: String?
    @Option(help: "How many instances (1-50).")
    var count = 1
    @Flag(help: "Give the instances no public IP address.")
    var noPublicIP = false
    @Option(help: ArgumentHelp("A Nova key pair for the image's default user.", valueName: "name"))
    var keypair: String?
    @Option(help: ArgumentHelp("Your OpenSSH public key file, for exouser.", valueName: "path"))
    var publicKeyFile: String?
    @Option(help: ArgumentHelp("Boot from a new volume of this size.", valueName: "GB"))
    var bootVolumeSize: Int?
    @Option(help: ArgumentHelp("Attach a new empty volume of this size.", valueName: "GB"))
    var volumeSize: Int?
    @Option(help: ArgumentHelp("A network name or id instead of the automatic choice.", valueName: "network"))
    var network: String?
    @Option(help: ArgumentHelp("Software to install: jupyter, rstudio, desktop (repeatable).", valueName: "name"))
    var software: [String] = []
    @Flag(help: "Return when setup is ready or failed; the exit status says which.")
    var wait = false

    func run() async throws {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(cloud)
            let publicKey = try publicKeyFile.map { try String(contentsOfFile: $0, encoding: .utf8) }
            let software = try software.map { name in
                guard let option = SoftwareOption(rawValue: name) else {
                    throw ValidationError("Unknown software \(name); choose from jupyter, rstudio, desktop.")
                }
                return option
            }
            let request = LaunchRequest(
                name: name, image: image, instanceType: instanceType, flavor: flavor, count: count,
                bootVolumeSizeGiB: bootVolumeSize, extraVolumeSizeGiB: volumeSize, keypair: keypair,
                publicKey: publicKey, network: network, publicIP: noPublicIP ? false : nil, software: software)
            guard context.profiles.count == 1 else {
                throw ValidationError("Several clouds are configured; choose one with --os-cloud or OS_CLOUD.")
            }
            let setup = try await context.withSessions(output) { sessions in
                guard let session = sessions.sessions.first else { throw ExitCode.failure }
                let target = try await session.project(named: project)
                let launch = context.settings.launch
                let plan = try await session.launch.planner(project: target, settings: launch).plan(request)
                for decision in plan.decisions { Console.err("• " + decision.explanation.sourceText) }
                let executor = try await session.launch.executor(
                    project: target, vault: PassphraseVault(directory: VaultLocation.directory),
                    logger: Logger(label: "exosphere.cli"))
                let result = try await executor.run(plan) { Console.err("… " + $0.message.sourceText) }
                try report(result)
                guard wait else { return SetupStatus?.none }
                let monitor = try await session.launch.setupMonitor(project: target, timeout: launch.defaults.setupTimeout)
                var worst = SetupStatus.ready
                for instance in result.instances {
                    let status = try await monitor.wait(
                        serverID: instance.id, interval: .seconds(2),
                        onChange: { status in Console.err("\(instance.name): setup \(SetupText.describe(status))") })
                    if status != .ready { worst = status }
                }
                return worst
            }
            if let setup, setup != .ready { throw ExitCode(3) }
        }
    }

    private func report(_ result: LaunchResult) throws {
        if output.json {
            try Console.json(LaunchReport(result))
            return
        }
        for instance in result.instances {
            let address = instance.publicAddress ?? instance.fixedAddress ?? "-"
            Console.out("\(instance.name)  \(instance.id)  \(address)\n")
        }
        Console.out(
            "Log in with `exosphere ssh \(result.instances.first?.name ?? "")` as \(result.user), passphrase: "
                + "\(result.passphrase.revealed)\n")
        Console.err("The passphrase is shown once; it is kept encrypted in \(VaultLocation.directory.path).")
    }
}

/// What `exosphere launch --json` prints: the instances and the login, once.
struct LaunchReport: Encodable {
    var instances: [LaunchedInstance]
    var user: String
    var passphrase: String
    var decisions: [String]

    init(_ result: LaunchResult) {
        instances = result.instances
        user = result.user
        passphrase = result.passphrase.revealed
        decisions = result.plan.decisions.map(\.explanation.sourceText)
    }
}

/// Where the CLI keeps the passphrase vault: `~/.local/share/exosphere/vault`.
enum VaultLocation {
    static var directory: URL {
        let home = CloudConfigSources.current().homeDirectory
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/exosphere/vault")
    }
}

/// Setup states in words.
enum SetupText {
    static func describe(_ status: SetupStatus) -> String {
        switch status {
        case .notApplicable: "not managed by Exosphere"
        case .waitingForInstance: "waiting for the instance"
        case .running(let step): step.map { "running (\($0))" } ?? "running"
        case .ready: "ready"
        case .failed(let step): "failed in step \(step)"
        case .timedOut(let step): "timed out" + (step.map { " in step \($0)" } ?? "")
        case .instanceFailed: "impossible: the instance failed"
        }
    }
}
