/// The microversion agreed with one cloud's service; `Codable` so the core can cache it and skip
/// discovery on a warm start.
public struct NegotiatedMicroversion: Sendable, Hashable, Codable {
    /// The service (``ServiceType/compute`` or ``ServiceType/blockStorage``).
    public var service: ServiceType
    /// The version every request asks for.
    public var version: Microversion
    /// The oldest version the cloud accepts, when it announced microversions.
    public var cloudMinimum: Microversion?
    /// The newest version the cloud accepts, when it announced microversions.
    public var cloudMaximum: Microversion?

    /// Creates a negotiated version; ``cloudMaximum`` `nil` means the cloud has no microversions.
    public init(
        service: ServiceType, version: Microversion, cloudMinimum: Microversion? = nil,
        cloudMaximum: Microversion? = nil
    ) {
        self.service = service
        self.version = version
        self.cloudMinimum = cloudMinimum
        self.cloudMaximum = cloudMaximum
    }

    /// Whether the cloud announced microversions; when not, no version header is sent.
    public var cloudHasMicroversions: Bool { cloudMaximum != nil }

    /// Whether `required` is available, for example `supports(Microversion(2, 47))`.
    public func supports(_ required: Microversion) -> Bool { version >= required }

    /// Whether the version written as `required` (such as `"2.47"`) is available; `false` when it
    /// does not parse.
    public func supports(_ required: String) -> Bool {
        Microversion(required).map(supports) ?? false
    }

    /// The base version used for a cloud without microversions (2.1 for compute, 3.0 for volume).
    public static func base(for service: ServiceType) -> NegotiatedMicroversion {
        NegotiatedMicroversion(service: service, version: MicroversionNegotiation.range(for: service).minimum)
    }
}
