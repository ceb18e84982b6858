public import CloudConfig
public import Foundation
public import Prometheus
public import Localization

/// How the web UI runs: where it listens, which themes and text it shows, where it keeps its key.
public struct WebUIConfiguration: Sendable {
    /// The address to listen on; `127.0.0.1` unless the operator chooses otherwise.
    public var host: String
    /// The TCP port; 0 picks a free one.
    public var port: Int
    /// The folder of themes (see `themes/README.md`).
    public var themesDirectory: URL
    /// The theme people see until they choose another.
    public var defaultTheme: String
    /// The operator's text for the About page; paragraphs separated by blank lines.
    public var aboutText: String
    /// The session key file (created 0600 when missing).
    public var sessionKeyPath: String
    /// Where templates and static files are read from.
    public var resources: WebResources
    /// Exosphere's own settings (timeouts) for clouds added in the browser.
    public var settings: ExosphereSettings
    /// The languages offered in Settings, as BCP 47 tag and the language's own name.
    public var languages: [LanguageChoice]
    /// A secret the first visit must bring (`/?token=…`) before a browser session may use the
    /// shared clouds, so other accounts on the same machine cannot reach them through loopback;
    /// `nil` lets every browser in. `exosphere serve` makes one per run and prints it in the URL.
    public var accessToken: String?
    /// The localizer for a language tag (`nil`: the source language). The seam message catalogues
    /// plug into.
    public var localizer: @Sendable (String?) -> any MessageLocalizer
    /// The languages offered, asked on each visit (set by ``use(_:)``); `nil` uses ``languages``.
    public var languageProvider: (@Sendable () -> [LanguageChoice])?
    /// What plugins add to the pages (cards, pages, actions, links, theme tokens); `nil`: nothing.
    public var extensions: (any WebExtensions)?
    /// How long one extension card may take before the dashboard shows a notice in its place.
    public var extensionCardBudget: Duration = .milliseconds(250)
    /// How long an extension page may take before it shows a notice instead.
    public var extensionPageBudget: Duration = .seconds(5)
    /// The largest image file the Images page accepts, in bytes (8 GiB unless set); the file is
    /// spooled to a temporary file on the way to the cloud, so the server needs that much disk.
    public var maximumUploadBytes: Int64 = 8 << 30
    /// The address people open, such as `https://exosphere.example.org`: required in multi-user
    /// mode, where form posts must come from exactly this origin and the session cookie is
    /// `Secure` when it is https. On loopback, posts must come from the listening address.
    public var publicURL: URL?
    /// What one client may take of the server (connections, slow requests, uploads, sessions).
    public var limits = ServingLimits()
    /// Where the process's metrics are collected, for `GET /metrics` (with
    /// `hosting.metrics_token`); `nil` when metrics are not collected.
    public var metrics: PrometheusCollectorRegistry?

    /// A language offered in Settings.
    public struct LanguageChoice: Sendable, Hashable {
        /// The BCP 47 tag, such as `pt-BR`.
        public var tag: String
        /// The language's name in itself, such as `Português (Brasil)`.
        public var name: String

        /// Creates a choice.
        public init(tag: String, name: String) {
            self.tag = tag
            self.name = name
        }
    }

    /// Creates a configuration; everything but the paths has a default.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, themesDirectory: URL, defaultTheme: String = "default",
        aboutText: String = "", sessionKeyPath: String, resources: WebResources = .locate(), settings: ExosphereSettings,
        languages: [LanguageChoice] = [LanguageChoice(tag: "en", name: "English")], accessToken: String? = nil,
        localizer: @escaping @Sendable (String?) -> any MessageLocalizer = { _ in SourceLanguageLocalizer() }
    ) {
        self.host = host
        self.port = port
        self.themesDirectory = themesDirectory
        self.defaultTheme = defaultTheme
        self.aboutText = aboutText
        self.sessionKeyPath = sessionKeyPath
        self.resources = resources
        self.settings = settings
        self.languages = languages
        self.accessToken = accessToken
        self.localizer = localizer
    }

    /// A random access token of 24 bytes, base64url.
    public static func makeAccessToken() -> String {
        Base64URL.random(bytes: 24)
    }

    /// Whether browsers reach the server over HTTPS, so its cookie may travel only there.
    public var servesHTTPS: Bool { publicURL?.scheme?.lowercased() == "https" }

    /// Whether the server listens beyond this machine, where each browser session must hold only
    /// its own clouds and credentials.
    public var isMultiUser: Bool {
        !["127.0.0.1", "::1", "localhost"].contains(host) && !host.hasPrefix("127.")
    }
}
