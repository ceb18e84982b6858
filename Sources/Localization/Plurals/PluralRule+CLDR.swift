// Plural rules for catalogues without a usable Plural-Forms header, derived from the CLDR
// plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) for
// integer counts, written in the gettext form that Poedit and Weblate put in new files so that
// the number of msgstr[n] a translator wrote matches.
extension PluralRule {
    private static let one = (2, "n != 1")
    private static let zeroAndOne = (2, "n > 1")
    private static let none = (1, "0")
    private static let slavicEast = (3, "n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2")
    private static let westSlavic = (3, "n==1 ? 0 : n>=2 && n<=4 ? 1 : 2")

    private static let table: [String: (Int, String)] = [
        "en": one, "de": one, "nl": one, "sv": one, "da": one, "nb": one, "nn": one, "no": one,
        "fi": one, "et": one, "it": one, "es": one, "ca": one, "gl": one, "eu": one, "el": one,
        "hu": one, "tr": one, "bg": one, "he": one, "sw": one, "pt-PT": one,
        "fr": zeroAndOne, "pt": zeroAndOne, "hi": zeroAndOne, "fa": zeroAndOne, "bn": zeroAndOne,
        "ja": none, "zh": none, "ko": none, "vi": none, "th": none, "id": none, "ms": none,
        "ru": slavicEast, "uk": slavicEast, "be": slavicEast, "hr": slavicEast, "sr": slavicEast, "bs": slavicEast,
        "cs": westSlavic, "sk": westSlavic,
        "pl": (3, "n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2"),
        "lt": (3, "n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2"),
        "lv": (3, "n%10==0 || n%100>=11 && n%100<=19 ? 0 : n%10==1 && n%100!=11 ? 1 : 2"),
        "ro": (3, "n==1 ? 0 : n==0 || n%100>=2 && n%100<=19 ? 1 : 2"),
        "sl": (4, "n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3"),
        "ga": (5, "n==1 ? 0 : n==2 ? 1 : n>=3 && n<=6 ? 2 : n>=7 && n<=10 ? 3 : 4"),
        "cy": (6, "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 5"),
        "ar": (6, "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5"),
    ]

    /// The built-in rule for a BCP 47 tag, trying it and then shorter tags (`pt-PT`, then `pt`);
    /// `nil` for a language the table does not know.
    public static func builtIn(for languageTag: String) -> PluralRule? {
        for tag in LanguageTag.fallbacks(of: languageTag) {
            if let (count, expression) = table[tag] { return try? PluralRule(formCount: count, expression: expression) }
        }
        return nil
    }

    /// English's rule (`n != 1`), used when nothing better is known.
    public static var english: PluralRule {
        PluralRule(
            uncheckedFormCount: 2,
            expression: PluralExpression(root: .binary(.notEqual, .count, .literal(1)), source: one.1))
    }

    private init(uncheckedFormCount: Int, expression: PluralExpression) {
        self.formCount = uncheckedFormCount
        self.expression = expression
    }
}
