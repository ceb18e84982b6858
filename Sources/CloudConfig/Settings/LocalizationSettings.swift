/// Message catalogues and site-wide wording (`localization:`).
///
/// ```yaml
/// localization:
///   directory: /etc/exosphere/locales   # the operator's .po files, over the bundled ones
///   nouns:                              # site-wide renames, per language, applied after translation
///     en:
///       instance: virtual computer
///       instances: virtual computers
///     es:
///       instancia: computadora virtual
///       instancias: computadoras virtuales
/// ```
public struct LocalizationSettings: Sendable, Hashable {
    /// A folder of `.po` files that take precedence over the bundled `locales/` (`directory`),
    /// absolute with `~` expanded; `nil` when unset.
    public var directory: String?
    /// Word and phrase renames by language tag (`nouns`): language → word → replacement.
    public var nouns: [String: [String: String]]

    /// Creates localization settings.
    public init(directory: String? = nil, nouns: [String: [String: String]] = [:]) {
        self.directory = directory
        self.nouns = nouns
    }
}
