/// Site-wide word renames an operator sets ("instance" → "virtual computer"), per language.
///
/// Renames apply to the message text (translated, or the English source), never to placeholder
/// values such as a server's name, and only to whole words and phrases. They follow the case of
/// the text they replace: with `instance: virtual computer`, "instance" becomes "virtual
/// computer", "Instance" becomes "Virtual computer" and "INSTANCE" becomes "VIRTUAL COMPUTER".
/// Plurals are separate words, so an operator lists both ("instances: virtual computers").
public struct NounRenames: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        let written: [Character]
        let lowercased: [Character]
        let replacement: String
    }

    private let rules: [String: [Rule]]

    /// No renames.
    public init() {
        self.rules = [:]
    }

    /// Renames by language tag (`en`, `es`, `pt_BR`…), each a map from word or phrase to its
    /// replacement. Tags that are not valid and empty words are ignored.
    public init(_ renames: [String: [String: String]]) {
        var rules: [String: [Rule]] = [:]
        for (language, words) in renames {
            guard let tag = LanguageTag.normalized(language) else { continue }
            let list = words.filter { !$0.key.isEmpty }.map { word, replacement in
                Rule(written: Array(word), lowercased: word.map(Self.lowercase), replacement: replacement)
            }
            // Longest first, so "floating IP address" wins over "floating IP".
            rules[tag, default: []] += list
            rules[tag]?.sort { $0.lowercased.count != $1.lowercased.count ? $0.lowercased.count > $1.lowercased.count : $0.replacement < $1.replacement }
        }
        self.rules = rules
    }

    /// Whether there are no renames at all.
    public var isEmpty: Bool { rules.isEmpty }

    /// `template` with the renames for `languageTag` (or its shorter tags) applied outside its
    /// `{placeholders}`.
    public func apply(to template: String, languageTag: String) -> String {
        guard !self.rules.isEmpty, let rules = LanguageTag.fallbacks(of: languageTag).lazy.compactMap({ self.rules[$0] }).first else {
            return template
        }
        let characters = Array(template)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "{", let close = characters[index...].firstIndex(of: "}") {
                result += String(characters[index...close])
                index = close + 1
                continue
            }
            if index == 0 || !Self.isWordCharacter(characters[index - 1]),
                let (rule, length) = Self.match(rules, in: characters, at: index)
            {
                result += Self.styled(rule, matched: characters[index..<index + length])
                index += length
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }
}
