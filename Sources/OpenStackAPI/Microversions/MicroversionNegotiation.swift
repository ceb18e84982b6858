/// Picks the microversion to use from the cloud's range and ours.
public enum MicroversionNegotiation {
    /// The versions this module understands for a service.
    public struct ClientRange: Sendable, Hashable {
        /// The base version.
        public var minimum: Microversion
        /// The newest version whose responses and requests this module handles.
        public var maximum: Microversion
        /// The service name in the `OpenStack-API-Version` header (`compute`, `volume`).
        public var headerName: String
    }

    /// Nova: 2.1 up to ``ComputeClient/maximumMicroversion``.
    public static let compute = ClientRange(
        minimum: Microversion(2, 1), maximum: ComputeClient.maximumMicroversion, headerName: "compute")
    /// Cinder: 3.0 up to ``BlockStorageClient/maximumMicroversion``.
    public static let volume = ClientRange(
        minimum: Microversion(3, 0), maximum: BlockStorageClient.maximumMicroversion, headerName: "volume")

    /// The client range for a service with microversions (compute or block storage).
    public static func range(for service: ServiceType) -> ClientRange {
        service == .blockStorage ? volume : compute
    }

    /// The highest version both sides support.
    ///
    /// - Parameters:
    ///   - cloudMinimum: `min_version` from the version document, `nil` when empty.
    ///   - cloudMaximum: `version` from the version document; `nil` when empty, which means the
    ///     cloud has no microversions and gets the base version without a header.
    /// - Throws: ``OpenStackError/noCommonMicroversion(service:cloudMinimum:cloudMaximum:clientMaximum:)``
    ///   when the ranges do not overlap.
    public static func negotiate(
        service: ServiceType,
        cloudMinimum: Microversion?,
        cloudMaximum: Microversion?
    ) throws -> NegotiatedMicroversion {
        let client = range(for: service)
        guard let cloudMaximum else { return .base(for: service) }
        let cloudMinimum = cloudMinimum ?? client.minimum
        let chosen = min(client.maximum, cloudMaximum)
        guard chosen >= cloudMinimum, chosen >= client.minimum else {
            throw OpenStackError.noCommonMicroversion(
                service: service, cloudMinimum: cloudMinimum, cloudMaximum: cloudMaximum, clientMaximum: client.maximum)
        }
        return NegotiatedMicroversion(
            service: service, version: chosen, cloudMinimum: cloudMinimum, cloudMaximum: cloudMaximum)
    }
}
