public import Foundation

/// Tells the time; injectable so tests can move it forward.
public protocol WallClock: Sendable {
    /// The current date.
    func now() -> Date
}

/// The system clock.
public struct SystemWallClock: WallClock {
    /// Creates the system clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }
}
