import Hummingbird
import Localization
import Theming

/// Settings (`GET`/`POST /settings`: theme, colour mode, language), the person's signed-in devices
/// (multi-user mode; `POST /settings/devices/end` signs one out), and dismissing an announcement.
struct SettingsRoutes: Sendable {
    let pages: PageResponder
    let themes: ThemeStore
    /// The theme of a person who chose none.
    let defaultTheme: String
    let extensionAccess: ExtensionAccess
    /// The sessions, for the list of signed-in devices.
    let store: SessionStore
    /// Whether strangers use this server: only then does each session have devices of its own.
    let isMultiUser: Bool

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/settings") { request, context -> Response in
            let localizer = pages.localizer(for: request, session: context.session)
            var page = SettingsPresenter.page(
                themes: themes.loader.availableThemes(), languages: pages.language.offered(),
                preferences: context.session?.preferences ?? Preferences(), defaultTheme: defaultTheme,
                hasPlugins: extensionAccess.extensions != nil && extensionAccess.mayListPlugins(context),
                localizer: localizer)
            if isMultiUser, let session = context.session, !context.sessionIsProvisional {
                page.devices = SettingsPresenter.devices(try await store.devices(of: session), localizer: localizer)
            }
            return try pages.page("settings", title: LocalizableMessage("Settings"), section: .settings, page: page, request: request, context: context)
        }
        routes.post("/settings") { request, context -> Response in
            guard let session = context.session else { throw WebUIError.invalidCSRFToken }
            var preferences = session.preferences
            if let theme = context.form.trimmed("theme") {
                guard themes.loader.availableThemes().contains(theme) else { throw WebUIError.invalidForm(field: "theme") }
                preferences.theme = theme
            }
            if let mode = context.form.trimmed("mode") {
                guard let parsed = ColorMode(rawValue: mode) else { throw WebUIError.invalidForm(field: "mode") }
                preferences.colorMode = parsed
            }
            if let language = context.form.trimmed("language") {
                guard pages.language.offered().contains(where: { $0.tag == language }) else {
                    throw WebUIError.invalidForm(field: "language")
                }
                preferences.language = language
            }
            session.preferences = preferences
            let localizer = pages.localizer(for: request, session: session)
            session.notify(localizer.text(LocalizableMessage("Settings saved.")))
            return .seeOther("/settings")
        }
        routes.post("/settings/devices/end") { request, context -> Response in
            guard let session = context.session, !context.sessionIsProvisional, let handle = context.form.trimmed("device"),
                try await store.endDevice(handle, for: session)
            else { throw WebUIError.invalidForm(field: "device") }
            let localizer = pages.localizer(for: request, session: session)
            session.notify(localizer.text(LocalizableMessage("That device is signed out; its tokens are revoked.")))
            return .seeOther("/settings")
        }
        addAnnouncementRoutes(to: routes)
        return routes
    }
}
