import Hummingbird
import Localization
import Theming

extension WebApp {
    /// Settings: theme, colour mode, language.
    func addSettingsRoutes(to router: Router<WebRequestContext>) {
        router.get("/settings") { request, context -> Response in
            let localizer = self.localizer(for: request, session: context.session)
            let labels: [ColorMode: String] = [
                .auto: localizer.text(LocalizableMessage("Same as my system")), .light: localizer.text(LocalizableMessage("Light")),
                .dark: localizer.text(LocalizableMessage("Dark")),
            ]
            var page = SettingsPage(
                themes: self.themes.loader.availableThemes(), languages: self.configuration.currentLanguages.map { ($0.tag, $0.name) },
                preferences: context.session?.preferences ?? Preferences(), defaultTheme: self.configuration.defaultTheme,
                modeLabels: labels)
            page.hasPlugins = self.configuration.extensions != nil && self.mayListPlugins(context)
            return try self.page("settings", title: LocalizableMessage("Settings"), section: .settings, page: page, request: request, context: context)
        }
        router.post("/settings") { request, context -> Response in
            guard let session = context.session else { throw WebUIError.invalidCSRFToken }
            var preferences = session.preferences
            if let theme = context.form.trimmed("theme") {
                guard self.themes.loader.availableThemes().contains(theme) else { throw WebUIError.invalidForm(field: "theme") }
                preferences.theme = theme
            }
            if let mode = context.form.trimmed("mode") {
                guard let parsed = ColorMode(rawValue: mode) else { throw WebUIError.invalidForm(field: "mode") }
                preferences.colorMode = parsed
            }
            if let language = context.form.trimmed("language") {
                guard self.configuration.currentLanguages.contains(where: { $0.tag == language }) else {
                    throw WebUIError.invalidForm(field: "language")
                }
                preferences.language = language
            }
            session.preferences = preferences
            let localizer = self.localizer(for: request, session: session)
            session.notify(localizer.text(LocalizableMessage("Settings saved.")))
            return Self.redirect("/settings")
        }
    }
}
