/// The OpenStack services this module has clients for.
public enum ServiceType: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Keystone.
    case identity
    /// Nova.
    case compute
    /// Glance.
    case image
    /// Neutron.
    case network
    /// Cinder.
    case blockStorage = "block-storage"

    /// Catalog `type` values that name this service, preferred first.
    ///
    /// Clouds register Cinder under several names over the years (the service-types authority lists
    /// `block-storage` as official and `volumev3`, `volume` as aliases).
    public var catalogTypes: [String] {
        switch self {
        case .identity: ["identity"]
        case .compute: ["compute"]
        case .image: ["image"]
        case .network: ["network"]
        case .blockStorage: ["block-storage", "volumev3", "volume"]
        }
    }

    /// The name people know the service by, for messages: "Compute (Nova)".
    public var displayName: String {
        switch self {
        case .identity: "Identity (Keystone)"
        case .compute: "Compute (Nova)"
        case .image: "Image (Glance)"
        case .network: "Network (Neutron)"
        case .blockStorage: "Block Storage (Cinder)"
        }
    }

    /// The catalog type, as ``rawValue``.
    public var description: String { rawValue }
}
