import Foundation
import OpenStackAPI
import Synchronization

/// The system clock plus an offset a test can move forward, for making tokens look expired.
final class MovableClock: WallClock {
    private let offset = Mutex<TimeInterval>(0)

    func now() -> Date {
        Date().addingTimeInterval(offset.withLock { $0 })
    }

    /// Moves the clock forward by `seconds`.
    func advance(by seconds: TimeInterval) {
        offset.withLock { $0 += seconds }
    }
}
