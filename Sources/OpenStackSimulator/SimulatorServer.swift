import Foundation
import Hummingbird
public import Logging
import NIOCore
import Secrets
// Hummingbird's `Application` is a swift-service-lifecycle `Service`; a `ServiceGroup` gives it
// the graceful shutdown that cancelling its task does not.
import ServiceLifecycle

/// An embedded OpenStack (Keystone, Nova, Glance, Neutron, Cinder) on 127.0.0.1, seeded with a
/// deterministic demo cloud.
///
/// ```swift
/// let simulator = SimulatorServer(options: SimulatorOptions(speed: 1000), logger: logger)
/// let endpoint = try await simulator.start()
/// print(endpoint.cloudsYAML())
/// await simulator.stop()
/// ```
public actor SimulatorServer {
    private let options: SimulatorOptions
    private let logger: Logger
    var state: SimulatorState?
    private var task: Task<Void, any Error>?
    private var group: ServiceGroup?
    private var endpoint: SimulatorEndpoint?

    /// Prepares a simulator; nothing listens until ``start()``.
    public init(options: SimulatorOptions = SimulatorOptions(), logger: Logger) {
        self.options = options
        self.logger = logger
    }

    /// Seeds the cloud and starts listening; returns once the port is bound.
    public func start() async throws(SimulatorError) -> SimulatorEndpoint {
        guard task == nil else { throw .alreadyRunning }
        try options.validate()
        let epoch = (options.startDate ?? Date()).timeIntervalSince1970
        let clock = SimulatorClock(epoch: epoch, speed: options.speed)
        let world = Seeder.build(options: options, now: clock.now())
        let state = SimulatorState(world: world, clock: clock, faults: options.faults, latency: options.latency, logger: logger)
        let signal = PortSignal()
        // Hummingbird reports connections cut by `stop()` as errors; a library must not log at that
        // level, so the server's own logger only passes critical messages.
        var serverLogger = logger
        serverLogger.logLevel = .critical
        let app = Application(
            router: SimulatorRouter.build(state: state),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: options.port)),
            onServerRunning: { channel in signal.resolve(.success(channel.localAddress?.port ?? 0)) },
            logger: serverLogger)
        let requestedPort = options.port
        var configuration = ServiceGroupConfiguration(services: [app], logger: serverLogger)
        // A client that keeps a request open (a slow upload) must not hold `stop()` for ever.
        configuration.maximumGracefulShutdownDuration = options.maximumShutdownWait
        let group = ServiceGroup(configuration: configuration)
        self.group = group
        task = Task {
            do {
                try await group.run()
                signal.resolve(.failure(SimulatorError.cannotListen(port: requestedPort, reason: "the server stopped")))
            } catch {
                signal.resolve(.failure(SimulatorError.cannotListen(port: requestedPort, reason: "\(error)")))
                throw error
            }
        }
        let port: Int
        do {
            port = try await signal.value()
        } catch {
            task = nil
            self.group = nil
            throw error
        }
        let baseURL = "http://127.0.0.1:\(port)"
        state.withWorld { $0.settings.baseURL = baseURL }
        self.state = state
        let endpoint = SimulatorEndpoint(
            host: "127.0.0.1", port: port, baseURL: baseURL, region: "RegionOne", username: Seeder.demoUser,
            password: options.demoPassword, domainName: "Default", projectNames: Seeder.projectNames(count: options.projects),
            collaboratorUsername: Seeder.collaboratorUser, collaboratorPassword: Secret(Seeder.collaboratorPassword))
        self.endpoint = endpoint
        logger.info("OpenStack simulator listening", metadata: ["simulator.url": "\(baseURL)"])
        return endpoint
    }

    /// Stops listening, lets requests in flight finish and closes every connection; requests held
    /// by latency or a `delay` or `hang` fault end at once with 503. Returns once the server has
    /// stopped.
    public func stop() async {
        guard let task else { return }
        // Cancelling the server's task instead can tear down a connection mid-request, which
        // NIO traps on ("Deinited NIOAsyncWriter without calling finish()").
        state?.shutdown.trigger()
        await group?.triggerGracefulShutdown()
        _ = await task.result
        self.task = nil
        self.group = nil
        self.state = nil
        self.endpoint = nil
    }

    /// Waits until the server stops, whether through ``stop()`` or because it failed; returns at
    /// once when it is not running. A command that serves until interrupted awaits this.
    public func waitUntilStopped() async {
        guard let task else { return }
        _ = await task.result
    }

    /// The endpoint of the running server, if any.
    public var currentEndpoint: SimulatorEndpoint? { endpoint }

    /// Replaces the fault rules in force.
    public func setFaults(_ rules: [FaultRule]) { state?.faults.replace(with: rules) }

    /// Adds fault rules after those in force.
    public func addFaults(_ rules: [FaultRule]) { state?.faults.add(rules) }

    /// The fault rules in force (counted rules show how many uses remain).
    public var faults: [FaultRule] { state?.faults.current ?? options.faults }

    /// Changes the real time added before every response.
    public func setLatency(_ latency: Duration) { state?.currentLatency = min(max(latency, .zero), .seconds(60)) }

    /// Lets single sign-on send tokens back to `origin` (Keystone's `[federation]
    /// trusted_dashboard`), such as `http://127.0.0.1:8080/sso/callback`.
    public func trustDashboard(_ origin: String) {
        state?.withWorld { world in
            if !world.settings.trustedDashboards.contains(origin) { world.settings.trustedDashboards.append(origin) }
        }
    }

    /// Makes every token issued so far invalid, as if they had all expired.
    public func expireAllTokens() {
        guard let state else { return }
        let now = state.clock.now()
        state.withWorld { $0.identity.tokensInvalidBefore = now }
    }

    /// Sets the simulated lifetime of tokens issued from now on.
    public func setTokenLifetime(_ lifetime: Duration) {
        state?.withWorld { $0.identity.tokenLifetime = min(max(lifetime.inSeconds, 0.001), 10 * 365 * 86_400) }
    }

    /// Moves simulated time forward, completing transitions that fall within `duration`.
    public func advanceClock(by duration: Duration) { state?.clock.advance(by: max(duration.inSeconds, 0)) }

    /// The most recent requests (up to 10,000), oldest first, and how many were received in all.
    public func recordedRequests() -> (total: Int, recent: [RecordedRequest]) {
        state?.log.snapshot() ?? (0, [])
    }

    /// Forgets the recorded requests.
    public func resetRecordedRequests() { state?.log.reset() }
}
