import CloudConfig
import Foundation
import Hummingbird
import Localization

/// Picks the language of a request: the person's choice, else the site's (`ui: locale` in the
/// settings file), else the browser's `Accept-Language` among the languages the site offers, else
/// English.
struct RequestLanguage: Sendable {
    /// The localizer for a language tag (`nil`: the source language).
    private let localizerForTag: @Sendable (String?) -> any MessageLocalizer
    /// The languages offered now: catalogues and plugins may add some while the server runs.
    let offered: @Sendable () -> [WebUIConfiguration.LanguageChoice]
    /// The operator's language for everyone who has not chosen one (`ui: locale`, `pt_BR` written
    /// as the tag `pt-BR`); `nil` negotiates per request.
    let siteLanguage: String?

    init(_ configuration: WebUIConfiguration) {
        localizerForTag = configuration.localizer
        offered = { configuration.currentLanguages }
        siteLanguage = configuration.settings.ui.locale.map { $0.replacingOccurrences(of: "_", with: "-") }
    }

    /// The localizer for this request: the person's chosen language, else the first language of
    /// the browser's `Accept-Language` that the site offers (a region falls back to its
    /// language: `es-MX` is served by `es`), else English.
    func localizer(for request: Request, session: BrowserSession?) -> any MessageLocalizer {
        if let chosen = session?.preferences.language { return localizerForTag(chosen) }
        if let siteLanguage { return localizerForTag(siteLanguage) }
        // Without a header there is nothing to negotiate, and no need to list the languages on offer.
        guard let acceptLanguage = request.headers[.acceptLanguage], !acceptLanguage.isEmpty else { return localizerForTag(nil) }
        return localizerForTag(Self.negotiate(acceptLanguage, offered: offered().map(\.tag)))
    }

    /// The language extensions render in: the person's choice (which may be a language only a
    /// plugin ships), else the negotiated one.
    func extensionLocale(for request: Request, session: BrowserSession?) -> String {
        session?.preferences.language ?? localizer(for: request, session: session).languageTag
    }

    /// The first tag of `acceptLanguage` whose language (or the tag itself) is offered.
    static func negotiate(_ acceptLanguage: String?, offered: [String]) -> String? {
        let offeredLanguages = Set(offered.map { $0.lowercased() })
        return LanguagePreference.parseAcceptLanguage(acceptLanguage ?? "").first { tag in
            offeredLanguages.contains(tag.lowercased())
                || offeredLanguages.contains(String(tag.split(separator: "-").first ?? "").lowercased())
        }
    }
}
