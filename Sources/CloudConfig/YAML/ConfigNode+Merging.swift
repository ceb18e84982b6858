/// The two ways openstacksdk layers one configuration over another.
extension ConfigNode {
    /// Layers `overlay` over `self`, descending into maps present in both; everything else in
    /// `overlay` replaces what it meets.
    ///
    /// This is how secure.yaml joins clouds.yaml (openstacksdk `_util.merge_clouds`). A map present in
    /// both keeps the key position from `self`, the file a person edits first.
    func deepMerged(with overlay: ConfigNode) -> ConfigNode {
        guard let base = entries, let layer = overlay.entries else { return overlay }
        var merged = base
        for entry in layer {
            if let index = merged.lastIndex(where: { $0.key == entry.key }) {
                var kept = merged[index]
                kept.node = kept.node.deepMerged(with: entry.node)
                merged[index] = kept
            } else {
                merged.append(entry)
            }
        }
        return ConfigNode(value: .map(merged), location: location)
    }

    /// Layers `overlay` over `self` key by key, except that the two `auth` maps are joined one level
    /// deep.
    ///
    /// This is how a cloud joins the profile it names and how a region's `values` join the cloud
    /// (openstacksdk `loader._auth_update`). The `auth` key keeps the position from `overlay`.
    func authMerged(with overlay: ConfigNode) -> ConfigNode {
        guard let base = entries, let layer = overlay.entries else { return overlay }
        var merged = base
        for entry in layer {
            guard let index = merged.lastIndex(where: { $0.key == entry.key }) else {
                merged.append(entry)
                continue
            }
            if entry.key == "auth", let oldAuth = merged[index].node.entries, let newAuth = entry.node.entries {
                var joined = entry
                joined.node = ConfigNode(
                    value: .map(Self.replacing(oldAuth, with: newAuth)), location: entry.node.location)
                merged[index] = joined
            } else {
                merged[index] = entry
            }
        }
        return ConfigNode(value: .map(merged), location: overlay.location)
    }

    /// This map without the given keys.
    func removing(_ keys: Set<String>) -> ConfigNode {
        guard let entries else { return self }
        return ConfigNode(value: .map(entries.filter { !keys.contains($0.key) }), location: location)
    }

    private static func replacing(_ base: [ConfigEntry], with layer: [ConfigEntry]) -> [ConfigEntry] {
        let replaced = Set(layer.map(\.key))
        return base.filter { !replaced.contains($0.key) } + layer
    }
}
