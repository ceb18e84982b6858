import CloudConfig
import Foundation
import HTTPTypes
import Hummingbird
import Localization
import NIOCore
import Theming

/// Answers a request with a page: a route's page model rendered in its template, inside the
/// layout with this request's chrome (title, theme, language, CSRF token, notice, announcements).
struct PageResponder: Sendable {
    private let renderer: TemplateRenderer
    private let themes: ThemeStore
    /// What the chrome shows: the default theme, the mode, announcements and extensions' links.
    private let configuration: WebUIConfiguration
    /// The language of each request.
    let language: RequestLanguage

    init(renderer: TemplateRenderer, themes: ThemeStore, configuration: WebUIConfiguration) {
        self.renderer = renderer
        self.themes = themes
        self.configuration = configuration
        language = RequestLanguage(configuration)
    }

    /// Why pages cannot be rendered now, or `nil` when they can (see ``TemplateRenderer/unreadiness()``).
    func unreadiness() -> String? {
        renderer.unreadiness()
    }

    /// The localizer for this request (see ``RequestLanguage/localizer(for:session:)``).
    func localizer(for request: Request, session: BrowserSession?) -> any MessageLocalizer {
        language.localizer(for: request, session: session)
    }

    /// A full page: `template` rendered inside the layout with this request's chrome.
    func page(
        _ template: String, title: LocalizableMessage, section: PageChrome.Section, page: Any, request: Request,
        context: WebRequestContext, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let localizer = localizer(for: request, session: context.session)
        let chrome = chrome(title: title, section: section, localizer: localizer, request: request, context: context)
        return Self.html(try renderer.render(template, page: page, chrome: chrome, localizer: localizer), status: status)
    }

    /// A full page whose `template` is its body alone, reused from `cache` while `page` and the
    /// language stay the same (see ``TemplateRenderer/render(body:page:chrome:localizer:cache:)``).
    func page<Page: Hashable & Sendable>(
        body template: String, title: LocalizableMessage, section: PageChrome.Section, page: Page, cache: RenderedBodyCache<Page>,
        request: Request, context: WebRequestContext
    ) throws -> Response {
        let localizer = localizer(for: request, session: context.session)
        let chrome = chrome(title: title, section: section, localizer: localizer, request: request, context: context)
        return Self.html(try renderer.render(body: template, page: page, chrome: chrome, localizer: localizer, cache: cache))
    }

    private static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The theme this session uses, falling back to the operator's default when its choice no
    /// longer loads.
    private func themeEntry(for session: BrowserSession?) -> ThemeStore.Entry? {
        if let chosen = session?.preferences.theme, let entry = try? themes.entry(chosen) { return entry }
        return try? themes.entry(configuration.defaultTheme)
    }

    /// This request's layout: title, theme, language, CSRF token, notice, announcements and the
    /// extensions' links and tokens.
    private func chrome(
        title: LocalizableMessage, section: PageChrome.Section, localizer: any MessageLocalizer, request: Request, context: WebRequestContext
    ) -> PageChrome {
        let session = context.session
        let entry = themeEntry(for: session)
        let themeName = entry?.theme.name ?? configuration.defaultTheme
        let base = "/theme/" + PathComponent.encode(themeName)
        var chrome = PageChrome(
            appTitle: entry?.theme.appTitle ?? "Exosphere", pageTitle: localizer.text(title), lang: localizer.languageTag,
            colorMode: (session?.preferences.colorMode ?? .auto).rawValue,
            themeCSS: base + ".css?v=" + (entry?.version ?? "0"),
            logo: entry?.theme.logo.map { _ in base + "/logo" }, favicon: entry?.theme.favicon.map { _ in base + "/favicon" },
            csrf: session?.csrf.issue() ?? "", section: section,
            notice: session?.takeNotice().map { PageChrome.Notice(text: $0.text, isError: $0.isError) },
            multiUser: configuration.isMultiUser)
        chrome.announcements = AnnouncementBanner.current(
            configuration.settings.ui.announcements, at: Date(), dismissed: session?.preferences.dismissedAnnouncements ?? [])
        chrome.path = request.uri.path
        if let extensions = configuration.extensions {
            let contributed = extensions.chrome(locale: language.extensionLocale(for: request, session: session))
            chrome.extensionLinks = contributed.links.filter { ViewNodeHTML.isSafeURL($0.url) }
            if let name = contributed.themeTokens["brand-name"], !name.isEmpty { chrome.appTitle = name }
            if let logo = contributed.themeTokens["logo-path"], logo.hasPrefix("/"), ViewNodeHTML.isSafeURL(logo) { chrome.logo = logo }
            if let version = ExtensionThemeCSS.version(of: contributed.themeTokens) { chrome.themeCSS += "-" + version }
        }
        return chrome
    }
}
