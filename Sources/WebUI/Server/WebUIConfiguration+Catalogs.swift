public import CloudConfig
public import Localization
public import Logging

extension WebUIConfiguration {
    /// The site's message catalogues: the operator's overlay folder (`localization.directory`),
    /// then the bundled `locales/`, with the operator's renames (`localization.nouns`).
    ///
    /// - Parameter bundledDirectory: The bundled `locales/` (see `MessageCatalogs.bundledDirectory`).
    public static func siteCatalogs(
        _ localization: LocalizationSettings, bundledDirectory: String?, logger: Logger = Logger(label: "exosphere.localization")
    ) -> MessageCatalogs {
        MessageCatalogs(
            directories: [localization.directory, bundledDirectory].compactMap { $0 }, renames: NounRenames(localization.nouns),
            logger: logger)
    }

    /// Shows every page through `catalogs`: the localizer for each request, and the languages the
    /// picker lists, read again on each visit so a new `.po` file appears without a restart.
    public mutating func use(_ catalogs: MessageCatalogs) {
        localizer = { tag in catalogs.localizer(for: LanguagePreference(tags: tag.map { [$0] } ?? [])) }
        languageProvider = {
            catalogs.availableLanguages().map { LanguageChoice(tag: $0.tag, name: $0.nativeName) }
        }
        languages = languageProvider?() ?? languages
    }

    /// The languages offered now: from the catalogues when ``use(_:)`` set them, else
    /// ``languages``; then those only extensions ship (a plugin's own locale), named in themselves.
    public var currentLanguages: [LanguageChoice] {
        let site = languageProvider?() ?? languages
        let extra = (extensions?.chrome(locale: nil).languages ?? []).filter { tag in !site.contains { $0.tag == tag } }
        return site + extra.map { LanguageChoice(tag: $0, name: AvailableLanguage(tag: $0).nativeName) }
    }
}
