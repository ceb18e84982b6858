/// The service catalog in scoped tokens: public and internal endpoints in RegionOne, with
/// devstack-style path prefixes on one port.
enum Catalog {
    /// (type, name, path) for each catalog entry; `{project_id}` is filled from the token's scope.
    static let services: [(type: String, name: String, path: String)] = [
        ("identity", "keystone", "/identity"),
        ("compute", "nova", "/compute/v2.1"),
        ("image", "glance", "/image"),
        ("network", "neutron", "/network"),
        // Cinder registers the same endpoint under both types; the URL carries the project id,
        // as `$(project_id)s` templates expand in real Keystone catalogs.
        ("volumev3", "cinderv3", "/volume/v3/{project_id}"),
        ("block-storage", "cinder", "/volume/v3/{project_id}"),
    ]

    /// Makes the ids of every service and endpoint from the seed.
    static func makeIDs(using random: inout SeededGenerator) -> [String: String] {
        var ids: [String: String] = [:]
        for service in services {
            ids[service.type] = random.keystoneID()
            ids[service.type + ".public"] = random.keystoneID()
            ids[service.type + ".internal"] = random.keystoneID()
        }
        return ids
    }

    /// Identity API ref, "Password authentication with scoped authorization": `catalog` lists
    /// services with `endpoints` (`id`, `interface`, `region_id`, `url`, `region`), `id`, `type`, `name`.
    static func json(projectID: String, settings: WorldSettings) -> JSON {
        .array(
            services.map { service in
                let url = settings.baseURL + service.path.replacingOccurrences(of: "{project_id}", with: projectID)
                let endpoints: [JSON] = ["public", "internal"].map { interface in
                    [
                        "id": .string(settings.catalogIDs[service.type + "." + interface] ?? ""),
                        "interface": .string(interface),
                        "region_id": .string(settings.region),
                        "url": .string(url),
                        "region": .string(settings.region),
                    ]
                }
                return [
                    "endpoints": .array(endpoints), "id": .string(settings.catalogIDs[service.type] ?? ""),
                    "type": .string(service.type), "name": .string(service.name),
                ]
            })
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
