import OpenStackAPI
import CloudConfig
import Logging

/// An instance as Exosphere shows it.
public struct Instance: Sendable {
    /// Identifier given by the cloud.
    public var id: String
}
