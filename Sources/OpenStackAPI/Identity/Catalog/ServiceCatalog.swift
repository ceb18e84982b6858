public import Foundation

/// The services and endpoints a token may use (the token's `catalog`).
///
/// ```swift
/// let compute = try token.catalog.endpoint(for: .compute, interface: .public, region: "RegionOne")
/// ```
public struct ServiceCatalog: Sendable, Hashable, Codable {
    /// The catalog entries, in the order Keystone sent them.
    public var services: [CatalogService]

    /// Creates a catalog.
    public init(services: [CatalogService]) {
        self.services = services
    }

    /// Every region that appears in the catalog, sorted.
    public var regions: [String] {
        Set(services.flatMap { $0.endpoints.compactMap(\.regionName) }).sorted()
    }
}

/// One service in the catalog, such as Nova under type `compute`.
public struct CatalogService: Sendable, Hashable, Codable {
    /// The catalog entry's id.
    public var id: String?
    /// The service type, such as `compute` or `volumev3`.
    public var type: String
    /// The service name, such as `nova`.
    public var name: String?
    /// Its endpoints, one per interface and region.
    public var endpoints: [CatalogEndpoint]

    /// Creates a catalog entry.
    public init(id: String?, type: String, name: String?, endpoints: [CatalogEndpoint]) {
        self.id = id
        self.type = type
        self.name = name
        self.endpoints = endpoints
    }
}

/// One endpoint of a catalog service.
public struct CatalogEndpoint: Sendable, Hashable, Codable {
    /// The endpoint's id.
    public var id: String?
    /// `public`, `internal` or `admin`.
    public var interface: String
    /// The region's name (deprecated by Keystone in favour of `region_id`, but still sent).
    public var region: String?
    /// The region's id.
    public var regionID: String?
    /// The base URL of the service.
    public var url: String

    enum CodingKeys: String, CodingKey {
        case id, interface, region
        case regionID = "region_id"
        case url
    }

    /// Creates an endpoint.
    public init(id: String?, interface: String, region: String?, regionID: String?, url: String) {
        self.id = id
        self.interface = interface
        self.region = region
        self.regionID = regionID
        self.url = url
    }

    /// The region this endpoint is in, from `region_id` or else `region`.
    public var regionName: String? { regionID ?? region }
}

/// Which endpoint of a service to use.
public enum EndpointInterface: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reachable from outside the cloud; what users normally want.
    case `public`
    /// Reachable from inside the cloud's network.
    case `internal`
    /// For operators.
    case admin
}

/// An endpoint chosen from the catalog.
public struct ServiceEndpoint: Sendable, Hashable, Codable {
    /// The service.
    public var service: ServiceType
    /// The catalog type that matched (`volumev3` for a Cinder registered under that alias).
    public var catalogType: String
    /// The interface.
    public var interface: EndpointInterface
    /// The region, if the endpoint has one.
    public var region: String?
    /// The base URL to build request URLs on.
    public var url: URL

    /// Creates an endpoint.
    public init(service: ServiceType, catalogType: String, interface: EndpointInterface, region: String?, url: URL) {
        self.service = service
        self.catalogType = catalogType
        self.interface = interface
        self.region = region
        self.url = url
    }
}
