import ArgumentParser
import Foundation
import Logging
import OpenStackSimulator

/// Options that shape the simulated cloud; shared by `simulator` and `demo`.
struct SimulatorSeedOptions: ParsableArguments {
    @Option(help: "Projects the demo user belongs to.")
    var projects = 3
    @Option(help: "Servers seeded across those projects.")
    var servers = 36
    @Option(help: "Seed for the generated demo data; the same seed gives the same cloud.")
    var seed: UInt64?
    @Option(name: .customLong("latency-ms"), help: "Network round-trip time added to every response, in milliseconds.")
    var latencyMilliseconds = 0
    @Option(name: .customLong("boot-seconds"), help: "How long a new server takes to become ACTIVE, in seconds.")
    var bootSeconds = 8
    @Option(name: .customLong("token-lifetime-seconds"), help: "How long a Keystone token stays valid, in seconds.")
    var tokenLifetimeSeconds = 3600
    @Flag(help: "Give the projects no network of their own (a launch then auto-allocates or creates one).")
    var noProjectNetworks = false
    @Flag(help: "Leave out Neutron's auto-allocated topology (\"get me a network\").")
    var noAutoAllocation = false

    func validate() throws {
        guard projects >= 1 else { throw ValidationError("--projects must be at least 1.") }
        guard servers >= 0 else { throw ValidationError("--servers cannot be negative.") }
        guard latencyMilliseconds >= 0 else { throw ValidationError("--latency-ms cannot be negative.") }
        guard bootSeconds >= 0, tokenLifetimeSeconds >= 1 else {
            throw ValidationError("--boot-seconds cannot be negative and --token-lifetime-seconds must be at least 1.")
        }
    }

    /// The simulator's options, listening on `port` (0 picks a free port).
    func simulatorOptions(port: Int) -> SimulatorOptions {
        var options = SimulatorOptions()
        options.port = port
        options.projects = projects
        options.servers = servers
        if let seed { options.seed = seed }
        options.latency = .milliseconds(latencyMilliseconds)
        options.bootTime = .seconds(bootSeconds)
        options.tokenLifetime = .seconds(tokenLifetimeSeconds)
        options.projectNetworks = !noProjectNetworks
        options.autoAllocatedTopology = !noAutoAllocation
        return options
    }
}

/// `exosphere simulator`: a simulated OpenStack on 127.0.0.1 for tests, demos and benchmarks.
struct SimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulator",
        abstract: "Serve a simulated OpenStack (Keystone, Nova, Glance, Neutron, Cinder) on 127.0.0.1.",
        discussion: "Runs until Ctrl-C. The clouds.yaml it writes has a cloud named `simulator` that logs the demo user in.")

    @Option(help: "TCP port on 127.0.0.1; 0 picks a free one.")
    var port = 0
    @Option(name: .customLong("clouds-yaml"), help: ArgumentHelp("Write a clouds.yaml for the simulator here (mode 0600).", valueName: "path"))
    var cloudsYAML: String?
    @OptionGroup var seed: SimulatorSeedOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        try await ErrorReport.guarding {
            let server = SimulatorServer(options: seed.simulatorOptions(port: port), logger: Logger(label: "exosphere.simulator"))
            let endpoint = try await server.start()
            Console.out("OpenStack simulator listening on \(endpoint.baseURL) (Keystone: \(endpoint.authURL))\n")
            if let cloudsYAML {
                try endpoint.writeCloudsYAML(to: cloudsYAML)
                Console.out("Wrote \(cloudsYAML) with cloud `simulator`.\n")
            }
            Console.out("Press Ctrl-C to stop.\n")
            await TerminationSignal.wait()
            await server.stop()
        }
    }
}
