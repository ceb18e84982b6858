/// The catalogues loaded at one moment: one map from language tag to catalogue per layer,
/// highest priority (site overlay) first.
struct CatalogSnapshot: Sendable {
    let layers: [[String: MessageCatalog]]
    /// Unique in the process for each set of files read (see ``CatalogFiles``); `0` for none.
    var generation = 0

    static let empty = CatalogSnapshot(layers: [])

    /// Whether any layer has a catalogue for exactly `tag`.
    func has(_ tag: String) -> Bool {
        layers.contains { $0[tag] != nil }
    }

    /// Every language with a catalogue in some layer.
    var languageTags: Set<String> {
        Set(layers.flatMap(\.keys))
    }

    /// The languages to try for `preference`: each wanted tag and its shorter tags that have a
    /// catalogue, stopping at the first English one (the source is English, so nothing after it
    /// is ever needed), and ending with `en`.
    func chain(for preference: LanguagePreference) -> [String] {
        var chain: [String] = []
        for wanted in preference.tags {
            for tag in LanguageTag.fallbacks(of: wanted) where has(tag) && !chain.contains(tag) {
                chain.append(tag)
            }
            if wanted == "en" || wanted.hasPrefix("en-") { break }
        }
        if !chain.contains("en") { chain.append("en") }
        return chain
    }
}
