import OutboundHTTP
extension ComputeClient {
    private enum FlavorPaths {
        static let detail = ["flavors", "detail"]
        static func flavor(_ id: String) -> [String] { ["flavors", id] }
        static func extraSpecs(_ id: String) -> [String] { ["flavors", id, "os-extra_specs"] }
    }

    private struct ExtraSpecsBody: Decodable {
        let extraSpecs: [String: String]
        enum CodingKeys: String, CodingKey { case extraSpecs = "extra_specs" }
    }

    /// The flavors, page by page (`GET /flavors/detail`).
    public func flavors(_ query: FlavorListQuery = FlavorListQuery()) -> PagedSequence<Flavor> {
        caller.paged(
            Flavor.self, key: "flavors", path: FlavorPaths.detail, query: query.items)
    }

    /// Every flavor matching `query` (`GET /flavors/detail`, all pages).
    public func listFlavors(_ query: FlavorListQuery = FlavorListQuery()) async throws -> [Flavor] {
        try await flavors(query).all()
    }

    /// One flavor (`GET /flavors/{flavor_id}`).
    public func showFlavor(id: String) async throws -> Flavor {
        try await caller.unwrapped(Flavor.self, key: "flavor", .get, FlavorPaths.flavor(id))
    }

    /// A flavor's extra specs (`GET /flavors/{flavor_id}/os-extra_specs`).
    public func listFlavorExtraSpecs(id: String) async throws -> [String: String] {
        try await caller.json(ExtraSpecsBody.self, .get, FlavorPaths.extraSpecs(id)).extraSpecs
    }
}
