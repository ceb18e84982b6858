import Hummingbird
import Logging

/// Placeholder for the simulator entry point.
public struct SimulatorOptions: Sendable {
    /// TCP port; 0 picks a free one.
    public var port: Int = 0
}
