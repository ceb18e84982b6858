public import Foundation
public import Secrets

/// How to start a ``SimulatorServer``: where to listen, what to seed and how time and faults behave.
///
/// Every duration here is in *simulated* time except ``latency``, which is real time added to each
/// response. ``speed`` sets how many simulated seconds pass per real second.
public struct SimulatorOptions: Sendable {
    /// The address the server binds to: always the loopback address `127.0.0.1`.
    public var host: String { "127.0.0.1" }
    /// TCP port; 0 picks a free one (read the real port from ``SimulatorEndpoint/port``).
    public var port: Int
    /// Seed for every generated id, name and state; the same seed gives the same cloud.
    public var seed: UInt64
    /// Number of projects the demo user is a member of (1 to 100).
    public var projects: Int
    /// Number of servers spread over the projects (0 to 20,000).
    public var servers: Int
    /// Real time between a request's arrival and its response, as a network round trip would add:
    /// the answer is made on arrival and sent this much later (at most 60 seconds).
    public var latency: Duration
    /// Simulated seconds per real second (above 0, at most 1,000,000); 1000 makes a 30-second boot take 30 ms.
    public var speed: Double
    /// Simulated time a new server spends in BUILD before it is ACTIVE (at most one day).
    public var bootTime: Duration
    /// Simulated lifetime of new tokens (Keystone's default is one hour; at most ten years).
    public var tokenLifetime: Duration
    /// Password of the `demo` user.
    public var demoPassword: Secret
    /// Simulated time at start; `nil` means the current wall-clock time.
    public var startDate: Date?
    /// Fault rules in force from the start (see ``SimulatorServer/setFaults(_:)``).
    public var faults: [FaultRule]
    /// Whether each demo project gets its own private network and router (default `true`); without
    /// them a launch has to auto-allocate or create its network.
    public var projectNetworks: Bool = true
    /// Whether Neutron offers the `auto-allocated-topology` extension ("get me a network",
    /// default `true`).
    public var autoAllocatedTopology: Bool = true
    /// The longest ``SimulatorServer/stop()`` waits for requests in flight before closing their
    /// connections (default 10 s).
    public var maximumShutdownWait: Duration = .seconds(10)

    /// Options with the demo defaults: 3 projects, 36 servers, real-time clock, no latency.
    public init(
        port: Int = 0,
        seed: UInt64 = 20_260_101,
        projects: Int = 3,
        servers: Int = 36,
        latency: Duration = .zero,
        speed: Double = 1,
        bootTime: Duration = .seconds(30),
        tokenLifetime: Duration = .seconds(3600),
        demoPassword: Secret = "demo-password",
        startDate: Date? = nil,
        faults: [FaultRule] = []
    ) {
        self.port = port
        self.seed = seed
        self.projects = projects
        self.servers = servers
        self.latency = latency
        self.speed = speed
        self.bootTime = bootTime
        self.tokenLifetime = tokenLifetime
        self.demoPassword = demoPassword
        self.startDate = startDate
        self.faults = faults
    }

    /// Checks every option, naming the first one out of range.
    func validate() throws(SimulatorError) {
        guard (0...65_535).contains(port) else { throw .invalidOption(name: "port", value: String(port)) }
        guard (1...100).contains(projects) else { throw .invalidOption(name: "projects", value: String(projects)) }
        guard (0...20_000).contains(servers) else { throw .invalidOption(name: "servers", value: String(servers)) }
        guard speed.isFinite, speed > 0, speed <= 1_000_000 else { throw .invalidOption(name: "speed", value: String(speed)) }
        guard latency >= .zero, latency <= .seconds(60) else { throw .invalidOption(name: "latency", value: "\(latency)") }
        guard bootTime >= .zero, bootTime <= .seconds(86_400) else {
            throw .invalidOption(name: "bootTime", value: "\(bootTime)")
        }
        guard tokenLifetime > .zero, tokenLifetime <= .seconds(10 * 365 * 86_400) else {
            throw .invalidOption(name: "tokenLifetime", value: "\(tokenLifetime)")
        }
        guard maximumShutdownWait >= .zero, maximumShutdownWait <= .seconds(3600) else {
            throw .invalidOption(name: "maximumShutdownWait", value: "\(maximumShutdownWait)")
        }
        guard !demoPassword.isEmpty else { throw .invalidOption(name: "demoPassword", value: "<empty>") }
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
