import AsyncHTTPClient
import Logging

/// An error answered by an OpenStack service.
public struct OpenStackError: Error, Sendable {
    /// HTTP status code.
    public var status: Int
}
