/// The region a cloud is used in, chosen as openstacksdk's `_get_known_regions` and `_get_region` do.
struct RegionChoice: Sendable {
    /// A region the configuration lists, with its optional per-region settings.
    struct Known: Sendable {
        var name: String
        var values: ConfigNode?
    }

    /// The chosen region, or `nil` when neither the configuration nor the caller names one.
    var name: String?
    /// Every listed region's name.
    var known: [String]
    /// The chosen region's `values`, laid over the cloud's settings.
    var values: ConfigNode?

    /// Chooses the region for a cloud: the requested one, which must be listed when the cloud
    /// lists regions (region names are case-sensitive), else the first listed.
    ///
    /// Listed regions come from `regions:` (names, or maps with `name` and `values`), else from
    /// `region_name`, whose comma-separated form openstacksdk still accepts; the cloud's own
    /// settings are asked first and its profile only when they list none.
    static func choose(
        in record: CloudRecord, expanded: CloudRecord, requested: (name: String, selectedBy: SourceLocation?)?
    ) throws(CloudConfigError) -> RegionChoice {
        var known = try knownRegions(of: record)
        if known.isEmpty {
            known = try knownRegions(of: expanded)
        }
        guard let requested else {
            return RegionChoice(name: known.first?.name, known: known.map(\.name), values: known.first?.values)
        }
        guard !known.isEmpty else { return RegionChoice(name: requested.name, known: [], values: nil) }
        guard let match = known.first(where: { $0.name == requested.name }) else {
            throw .unknownRegion(
                selectedBy: requested.selectedBy, cloud: record.name, region: requested.name, known: known.map(\.name))
        }
        return RegionChoice(name: match.name, known: known.map(\.name), values: match.values)
    }

    private static func knownRegions(of record: CloudRecord) throws(CloudConfigError) -> [Known] {
        if let regions = record.node.entry("regions"), !regions.node.isNull {
            guard case .list(let items) = regions.node.value else {
                throw regions.value.wrongType(expected: "a list of region names")
            }
            var known: [Known] = []
            for (index, item) in items.enumerated() {
                known.append(
                    try region(LocatedValue(node: item, keyPath: "\(regions.keyPath)[\(index)]"), cloud: record.name))
            }
            return known
        }
        guard let regionName = record.node.entry("region_name") else { return [] }
        if case .list(let items) = regionName.node.value {
            return try items.enumerated().map { (index, item) throws(CloudConfigError) in
                let value = LocatedValue(node: item, keyPath: "\(regionName.keyPath)[\(index)]")
                guard let name = try value.text() else { throw value.wrongType(expected: "a region name") }
                return Known(name: name, values: nil)
            }
        }
        guard let text = try regionName.value.text() else { return [] }
        return text.split(separator: ",").map { Known(name: $0.trimmingSpaces(), values: nil) }.filter {
            !$0.name.isEmpty
        }
    }

    private static func region(_ value: LocatedValue, cloud: String) throws(CloudConfigError) -> Known {
        guard let entries = value.node.entries else {
            guard let name = try value.text() else {
                throw value.wrongType(expected: "a region name or a map with name")
            }
            return Known(name: name, values: nil)
        }
        for entry in entries where entry.key != "name" && entry.key != "values" {
            throw .unknownKey(
                entry.keyLocation, keyPath: entry.keyPath,
                suggestion: KeySuggestion.closest(to: entry.key, in: ["name", "values"]),
                known: ["name", "values"])
        }
        guard let nameEntry = value.node.entry("name"), let name = try nameEntry.value.text() else {
            throw .missingKey(value.location, cloud: cloud, keyPath: value.keyPath + ".name", alternatives: [])
        }
        guard let values = value.node.entry("values"), !values.node.isNull else {
            return Known(name: name, values: nil)
        }
        guard values.node.entries != nil else { throw values.value.wrongType(expected: "a map of settings") }
        return Known(name: name, values: values.node)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
