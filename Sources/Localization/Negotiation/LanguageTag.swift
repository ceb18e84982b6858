/// BCP 47 language tags as catalogues and browsers write them.
public enum LanguageTag {
    /// The tag in canonical case with `-` separators, or `nil` when it is not a plausible tag.
    ///
    /// Accepts POSIX locale names too: `pt_BR.UTF-8@euro` becomes `pt-BR`, as Zanata-era and
    /// Weblate-era file names (`pt_BR.po`, `pt-BR.po`) must both work. The language is lower case,
    /// a four-letter script title case (`zh-Hant`) and a region upper case (`pt-BR`).
    public static func normalized(_ raw: String) -> String? {
        let base = raw.prefix { $0 != "." && $0 != "@" }
        let subtags = base.split(separator: "_", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
        guard let language = subtags.first, (2...8).contains(language.count), language.allSatisfy(\.isASCIILetter)
        else { return nil }
        var result = language.lowercased()
        for subtag in subtags.dropFirst() {
            guard (1...8).contains(subtag.count), subtag.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) else {
                return nil
            }
            if subtag.count == 4, subtag.allSatisfy(\.isASCIILetter) {
                result += "-" + subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
            } else if subtag.count == 2 || (subtag.count == 3 && subtag.allSatisfy(\.isASCIIDigit)) {
                result += "-" + subtag.uppercased()
            } else {
                result += "-" + subtag.lowercased()
            }
        }
        return result
    }

    /// The tag and each shorter tag made by dropping the last subtag: `zh-Hant-TW`, `zh-Hant`, `zh`.
    public static func fallbacks(of tag: String) -> [String] {
        var chain: [String] = []
        var subtags = tag.split(separator: "-")
        while !subtags.isEmpty {
            chain.append(subtags.joined(separator: "-"))
            subtags.removeLast()
        }
        return chain
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
