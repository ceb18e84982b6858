/// What every page's layout needs besides the page itself: title, theme, language, the CSRF
/// token for its forms, which navigation entry is current, and a one-time notice.
struct PageChrome: Sendable, Hashable {
    /// The application's name, from the theme.
    var appTitle: String
    /// This page's title, already translated.
    var pageTitle: String
    /// The language of the page, for `<html lang>`.
    var lang: String
    /// `auto`, `light` or `dark`, for `<html data-color-mode>`.
    var colorMode: String
    /// The theme stylesheet's URL, versioned so a changed theme is fetched again.
    var themeCSS: String
    /// The logo's URL, when the theme has one.
    var logo: String?
    /// The favicon's URL, when the theme has one.
    var favicon: String?
    /// A fresh CSRF token for the forms on this page.
    var csrf: String
    /// Which navigation entry is current.
    var section: Section
    /// A one-time notice, such as "Cloud added".
    var notice: Notice?
    /// Whether each browser has its own clouds (the server listens beyond loopback).
    var multiUser: Bool
    /// The operator's announcements showing now and not dismissed in this session.
    var announcements: [AnnouncementBanner] = []
    /// This page's path, where dismissing an announcement returns to.
    var path = "/"
    /// Top-bar links from plugins.
    var extensionLinks: [ExtensionLink] = []

    /// The navigation entries.
    enum Section: String, Sendable {
        case dashboard, instances, clouds, activity, settings, about, none
    }

    /// A one-time notice.
    struct Notice: Sendable, Hashable {
        var text: String
        var isError: Bool
    }

    var onDashboard: Bool { section == .dashboard }
    var onInstances: Bool { section == .instances }
    var onClouds: Bool { section == .clouds }
    var onActivity: Bool { section == .activity }
    var onSettings: Bool { section == .settings }
    var onAbout: Bool { section == .about }
}
