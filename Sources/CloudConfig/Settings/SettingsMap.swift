/// A map in the settings file whose keys must all be known.
struct SettingsMap: Sendable {
    private let entries: [ConfigEntry]

    /// Checks that `value` is a map (or empty) whose keys are all in `known`.
    init(_ value: LocatedValue, known: [String]) throws(CloudConfigError) {
        entries = try value.map() ?? []
        for entry in entries where !known.contains(entry.key) {
            throw .unknownKey(
                entry.keyLocation, keyPath: entry.keyPath,
                suggestion: KeySuggestion.closest(to: entry.key, in: known), known: known)
        }
    }

    /// The value of `key`, if written.
    subscript(key: String) -> LocatedValue? {
        entries.last { $0.key == key }?.value
    }

    /// The section under `key`, checked against its own known keys.
    func section(_ key: String, known: [String]) throws(CloudConfigError) -> SettingsMap? {
        guard let value = self[key] else { return nil }
        return try SettingsMap(value, known: known)
    }

    /// A plain name: ASCII letters and digits plus `extraCharacters`, not starting with punctuation.
    func name(_ key: String, extraCharacters: String, expected: String) throws(CloudConfigError) -> String? {
        guard let value = self[key], let written = try value.text() else { return nil }
        let allowed = { (character: Character) in
            character.isASCII && (character.isLetter || character.isNumber || extraCharacters.contains(character))
        }
        guard written.allSatisfy(allowed), written.first?.isLetter == true || written.first?.isNumber == true else {
            throw value.wrongType(expected: expected)
        }
        return written
    }
}
