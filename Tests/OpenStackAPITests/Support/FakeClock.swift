import Foundation
import OpenStackAPI
import Synchronization

/// A clock that only moves when told to.
///
/// Hand-written rather than swift-clocks' `TestClock`: that one advances a monotonic `Clock`'s
/// instants, and token expiry compares wall-clock `Date`s that Keystone sends.
final class FakeClock: WallClock {
    private let current: Mutex<Date>

    init(_ start: Date) {
        current = Mutex(start)
    }

    func now() -> Date {
        current.withLock { $0 }
    }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
