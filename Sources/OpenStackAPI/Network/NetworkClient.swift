public import Foundation

/// Neutron (Networking API v2.0): networks, subnets, routers, ports, floating IPs, security
/// groups and quotas.
///
/// The catalog's network endpoint is the service root (`https://neutron.example.org:9696` or
/// `https://example.org/network`); requests go to `<root>/v2.0/…`. Neutron has no microversions;
/// it pages only when asked for a `limit`, so listings without one take a single call.
///
/// ```swift
/// let network = NetworkClient(context: context, endpoint: endpoint.url, tokens: tokens)
/// let external = try await network.listNetworks(NetworkListQuery(isExternal: true))
/// ```
public struct NetworkClient: Sendable {
    /// The network endpoint from the catalog.
    public let endpoint: URL
    let caller: ServiceCaller

    /// Creates a client.
    public init(context: APIContext, endpoint: URL, tokens: any TokenSource) {
        self.endpoint = endpoint
        self.caller = ServiceCaller(
            context: context, service: .network, baseURL: ImageClient.versionedURL(endpoint, version: "v2.0"),
            tokens: tokens, microversion: nil)
    }
}

/// Filters and paging shared by Neutron listings: any of Neutron's field filters, plus `limit`
/// and `marker`.
public struct NetworkListQuery: Sendable, Hashable {
    /// Field filters, such as `["device_id": serverID]` or `["router:external": "true"]`.
    public var filters: [String: String]
    /// Page size; `nil` asks for everything in one response.
    public var limit: Int?
    /// Start after this resource id.
    public var marker: String?

    /// Creates a query from raw field filters.
    public init(filters: [String: String], limit: Int? = nil, marker: String? = nil) {
        self.filters = filters
        self.limit = limit
        self.marker = marker
    }

    /// Creates a query with the common filters.
    public init(
        name: String? = nil, projectID: String? = nil, isExternal: Bool? = nil, limit: Int? = nil, marker: String? = nil
    ) {
        var filters: [String: String] = [:]
        filters["name"] = name
        filters["project_id"] = projectID
        filters["router:external"] = isExternal.map { $0 ? "true" : "false" }
        self.init(filters: filters, limit: limit, marker: marker)
    }

    var items: [QueryItem] {
        var query = QueryBuilder()
        for (name, value) in filters.sorted(by: { $0.key < $1.key }) {
            query.add(name, value)
        }
        query.add("limit", limit)
        query.add("marker", marker)
        return query.items
    }
}

extension NetworkClient {
    func list<Item: Decodable & Sendable>(_ type: Item.Type, key: String, path: String, query: NetworkListQuery)
        -> PagedSequence<Item>
    {
        caller.paged(type, key: key, path: [path], query: query.items)
    }
}
