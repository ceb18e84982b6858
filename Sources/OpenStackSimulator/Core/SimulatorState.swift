import Logging
import Synchronization

/// Shared by every route: the world behind its lock, the clock, fault rules and the request log.
final class SimulatorState: Sendable {
    let world: Mutex<World>
    let clock: SimulatorClock
    let faults: FaultBook
    let log = RequestLog()
    /// Triggered when ``SimulatorServer/stop()`` begins.
    let shutdown = ShutdownSignal()
    private let latency: Mutex<Duration>
    let logger: Logger

    init(world: World, clock: SimulatorClock, faults: [FaultRule], latency: Duration, logger: Logger) {
        self.world = Mutex(world)
        self.clock = clock
        self.faults = FaultBook(faults)
        self.latency = Mutex(latency)
        self.logger = logger
    }

    /// Real time added before every response.
    var currentLatency: Duration {
        get { latency.withLock { $0 } }
        set { latency.withLock { $0 = newValue } }
    }

    /// Runs `body` with exclusive access to the world.
    func withWorld<Result: Sendable, Failure: Error>(
        _ body: (inout World) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try world.withLock { world throws(Failure) in try body(&world) }
    }
}
