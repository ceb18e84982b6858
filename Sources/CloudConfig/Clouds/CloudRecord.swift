/// One cloud as written in the files (or the environment), before profiles, regions and overrides
/// are applied and before its values are checked.
struct CloudRecord: Sendable {
    /// The key under `clouds:` (or `public-clouds:`), or the environment cloud's name.
    var name: String
    /// `clouds.<name>`, `public-clouds.<name>`, or empty for the environment.
    var keyPath: String
    /// Where the cloud's name is written, or the environment.
    var keyLocation: SourceLocation
    /// The cloud's settings, a map.
    var node: ConfigNode
    /// The file that defined the cloud, or the environment.
    var source: CloudSource

    /// Whether the cloud names a profile with `profile:` or the older `cloud:`.
    var namesProfile: Bool { node["profile"] != nil || node["cloud"] != nil }

    /// The clouds under `rootKey` (`clouds` or `public-clouds`) of a clouds.yaml, secure.yaml or
    /// clouds-public.yaml, in file order.
    static func read(_ file: String, rootKey: String) throws(CloudConfigError) -> [CloudRecord] {
        let expectedRoot = "a map with a \(rootKey): key"
        guard let root = try ConfigNode.read(file: file, normalizingKeys: true) else {
            throw .wrongType(
                .file(file, line: 1, column: 1), keyPath: CloudConfigError.topLevel, expected: expectedRoot,
                found: "an empty file")
        }
        guard root.entries != nil else {
            throw .wrongType(
                root.location, keyPath: CloudConfigError.topLevel, expected: expectedRoot, found: root.kindDescription)
        }
        // openstacksdk only warns about a file without `clouds:`; it then simply defines no cloud.
        guard let clouds = root.entry(rootKey), !clouds.node.isNull else { return [] }
        guard let entries = clouds.node.entries else {
            throw clouds.value.wrongType(expected: "a map of clouds by name")
        }
        var records: [CloudRecord] = []
        for entry in entries {
            guard entry.node.entries != nil else { throw entry.value.wrongType(expected: "a map of settings") }
            records.append(
                CloudRecord(
                    name: entry.key, keyPath: entry.keyPath, keyLocation: entry.keyLocation, node: entry.node,
                    source: .file(file)))
        }
        return records
    }

    /// secure.yaml's clouds merged into clouds.yaml's (openstacksdk `_util.merge_clouds`): values
    /// from `overlay` win, maps merge key by key, and a cloud only `overlay` defines is added.
    static func merge(_ overlay: [CloudRecord], into base: [CloudRecord]) -> [CloudRecord] {
        var merged = base
        for record in overlay {
            if let index = merged.firstIndex(where: { $0.name == record.name }) {
                merged[index].node = merged[index].node.deepMerged(with: record.node)
            } else {
                merged.append(record)
            }
        }
        return merged
    }
}
