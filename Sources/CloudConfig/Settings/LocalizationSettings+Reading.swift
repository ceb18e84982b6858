import Localization

extension LocalizationSettings {
    /// The keys of the `localization:` section.
    static let keys = ["directory", "nouns"]

    mutating func read(_ section: SettingsMap, sources: CloudConfigSources) throws(CloudConfigError) {
        if let value = section["directory"], let written = try value.text() {
            guard written.hasPrefix("/") || written == "~" || written.hasPrefix("~/") else {
                throw .relativePath(value.location, keyPath: value.keyPath, value: written)
            }
            directory = sources.absolutePath(written)
        }
        guard let languages = try section["nouns"]?.map() else { return }
        for language in languages {
            // Language keys become catalogue lookups, so only real tags are accepted.
            guard let tag = LanguageTag.normalized(language.key) else {
                throw .invalidChoice(
                    language.keyLocation, keyPath: language.keyPath, value: language.key, choices: ["en", "es", "pt_BR"])
            }
            var words: [String: String] = [:]
            for word in try language.value.map() ?? [] {
                guard let replacement = try word.value.text(), !replacement.isEmpty else {
                    throw word.value.wrongType(expected: "the word to show instead of \(word.key)")
                }
                words[word.key] = replacement
            }
            nouns[tag, default: [:]].merge(words) { _, new in new }
        }
    }
}
