import Foundation
import Localization
import Theming

/// Turns the site's themes and languages and a person's preferences into the Settings page.
enum SettingsPresenter {
    /// The Settings page, its colour modes named in the person's language.
    static func page(
        themes: [String], languages: [WebUIConfiguration.LanguageChoice], preferences: Preferences, defaultTheme: String,
        hasPlugins: Bool, localizer: any MessageLocalizer
    ) -> SettingsPage {
        let labels: [ColorMode: String] = [
            .auto: localizer.text(LocalizableMessage("Same as my system")), .light: localizer.text(LocalizableMessage("Light")),
            .dark: localizer.text(LocalizableMessage("Dark")),
        ]
        var page = SettingsPage(
            themes: themes, languages: languages.map { ($0.tag, $0.name) }, preferences: preferences, defaultTheme: defaultTheme,
            modeLabels: labels)
        page.hasPlugins = hasPlugins
        return page
    }

    /// The signed-in devices as rows, times in words of the reader's language.
    static func devices(_ devices: [SignedInDevice], localizer: any MessageLocalizer, now: Date = Date()) -> [SettingsPage.Device] {
        devices.map { device in
            SettingsPage.Device(
                handle: device.handle, name: DeviceName.label(device.device, localizer: localizer),
                since: RelativeTime.words(device.since, now: now, localizer: localizer), sinceISO: RelativeTime.machineReadable(device.since),
                lastUsed: RelativeTime.words(device.lastUsed, now: now, localizer: localizer),
                lastUsedISO: RelativeTime.machineReadable(device.lastUsed), isThisDevice: device.isThisDevice)
        }
    }
}
