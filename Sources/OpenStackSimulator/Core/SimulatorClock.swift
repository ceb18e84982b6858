import Synchronization

/// The simulator's own clock: simulated time starts at `epoch` and runs `speed` times faster than
/// real time, and tests may jump it forward. Every timestamp and state transition reads it.
final class SimulatorClock: Sendable {
    private struct Reading {
        var epoch: Double
        var started: ContinuousClock.Instant
        var speed: Double
    }

    private let reading: Mutex<Reading>

    /// - Parameters:
    ///   - epoch: simulated seconds since 1970 at start.
    ///   - speed: simulated seconds per real second.
    init(epoch: Double, speed: Double) {
        reading = Mutex(Reading(epoch: epoch, started: .now, speed: max(speed, 0.000_001)))
    }

    /// The current simulated time.
    func now() -> Timestamp {
        reading.withLock { reading in
            let elapsed = ContinuousClock.now - reading.started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            return Timestamp(reading.epoch + seconds * reading.speed)
        }
    }

    /// Moves simulated time forward by `seconds`.
    func advance(by seconds: Double) {
        reading.withLock { $0.epoch += max(seconds, 0) }
    }
}
