/// The languages a person wants, most wanted first: their own choice, then their browser's
/// `Accept-Language`, then their system locale.
public struct LanguagePreference: Sendable, Hashable {
    /// Normalized BCP 47 tags, most wanted first, without duplicates.
    public let tags: [String]

    /// Creates a preference from tags in order; invalid or repeated tags are dropped.
    public init(tags: [String]) {
        var seen: Set<String> = []
        self.tags = tags.compactMap(LanguageTag.normalized).filter { seen.insert($0).inserted }
    }

    /// The person's explicit choice (a settings value or a picker), then `Accept-Language`.
    public init(choice: String?, acceptLanguage: String?) {
        self.init(tags: (choice.map { [$0] } ?? []) + Self.parseAcceptLanguage(acceptLanguage ?? ""))
    }

    /// The longest header read, in characters, and the most languages kept from it.
    static let acceptLanguageLimits = (characters: 4_096, languages: 32)

    /// The languages of an `Accept-Language` header (RFC 9110, section 12.5.4) by descending
    /// q-value, keeping header order among equal q-values; `q=0` and `*` are left out.
    public static func parseAcceptLanguage(_ header: String) -> [String] {
        var ranked: [(tag: String, quality: Double, order: Int)] = []
        for (order, item) in header.prefix(acceptLanguageLimits.characters).split(separator: ",").enumerated() {
            guard ranked.count < acceptLanguageLimits.languages else { break }
            let parts = item.split(separator: ";")
            guard let range = parts.first?.trimmingSpaces, range != "*", let tag = LanguageTag.normalized(range) else {
                continue
            }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let trimmed = parameter.trimmingSpaces
                guard trimmed.lowercased().hasPrefix("q=") else { continue }
                quality = Double(trimmed.dropFirst(2)).map { min(max($0, 0), 1) } ?? 0
            }
            if quality > 0 { ranked.append((tag, quality, order)) }
        }
        ranked.sort { $0.quality != $1.quality ? $0.quality > $1.quality : $0.order < $1.order }
        return ranked.map(\.tag)
    }

    /// The languages from POSIX locale variables: `LANGUAGE` (a colon-separated list, a GNU
    /// extension), then `LC_ALL`, `LC_MESSAGES` and `LANG`, the first one set deciding. `C` and
    /// `POSIX` mean the untranslated source, as gettext treats them.
    public static func fromEnvironment(_ environment: [String: String]) -> LanguagePreference {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, !["C", "POSIX"].contains(locale.prefix { $0 != "." }) else {
            return LanguagePreference(tags: [])
        }
        let listed = environment["LANGUAGE"].map { $0.split(separator: ":").map(String.init) } ?? []
        return LanguagePreference(tags: listed + [locale])
    }
}
