public import Foundation

/// Exosphere's own settings, from one YAML file an operator may write; every key is optional.
///
/// The file is `EXOSPHERE_CONFIG` when set (it must then exist), else
/// `~/.config/exosphere/config.yaml`, else `/etc/exosphere/config.yaml`; with none of them, the
/// defaults apply. Unknown keys are errors, so a typo is caught rather than ignored.
///
/// ```yaml
/// token_cache:
///   directory: ~/.cache/exosphere/tokens   # absolute, or starting with ~/
///   enabled: true
/// http:
///   timeout_seconds: 30
///   connect_timeout_seconds: 10
/// ui:
///   bind: 127.0.0.1
///   port: 8080
///   theme: default
///   locale: fr                             # unset: negotiate from the browser or LANG
///   announcements:                         # see Announcement
///     - {level: warning, text: Maintenance Saturday, start: 2026-11-28T08:00:00Z, end: 2026-11-28T18:00:00Z}
/// plugins:                                 # see PluginsSettings
///   support-tickets: { enabled: true, config: { endpoint: https://support.example.edu } }
/// localization:                            # see LocalizationSettings
///   nouns: {en: {instance: virtual computer, instances: virtual computers}}
/// hosting:                                 # see HostingSettings
///   clouds: [{name: Jetstream2, auth_url: https://js2.jetstream-cloud.org:5000/v3}]
/// ```
public struct ExosphereSettings: Sendable, Hashable {
    /// Where tokens are cached between runs.
    public var tokenCache: TokenCacheSettings
    /// Limits for calls to OpenStack APIs.
    public var http: HTTPSettings
    /// The web UI.
    public var ui: UISettings
    /// Lua plugins and their settings (see ``PluginsSettings``).
    public var plugins: PluginsSettings
    /// The operator's launch policy (`launch:`, see ``LaunchSettings``).
    public var launch = LaunchSettings()
    /// Message catalogues and site-wide wording.
    public var localization: LocalizationSettings
    /// The clouds a hosted server offers its visitors (`hosting:`, see ``HostingSettings``).
    public var hosting = HostingSettings()
    /// The file the settings were read from; `nil` when there was none and the defaults apply.
    public var source: String?

    /// The defaults, with `~` standing for `homeDirectory`.
    public init(homeDirectory: String) {
        self.tokenCache = TokenCacheSettings(
            directory: CloudConfigSources.join(homeDirectory, ".cache/exosphere/tokens"), enabled: true)
        self.http = HTTPSettings(timeout: .seconds(30), connectTimeout: .seconds(10))
        self.ui = UISettings(bind: "127.0.0.1", port: 8080, theme: "default", locale: nil)
        self.plugins = PluginsSettings()
        self.localization = LocalizationSettings()
        self.source = nil
    }
}

/// The token cache (`token_cache:`).
public struct TokenCacheSettings: Sendable, Hashable {
    /// The directory of cached tokens, absolute with `~` expanded (`directory`, default
    /// `~/.cache/exosphere/tokens`).
    public var directory: String
    /// Whether tokens are cached at all (`enabled`, default `true`).
    public var enabled: Bool

    /// Creates token cache settings.
    public init(directory: String, enabled: Bool) {
        self.directory = directory
        self.enabled = enabled
    }
}

/// Limits for HTTP calls to OpenStack (`http:`).
public struct HTTPSettings: Sendable, Hashable {
    /// The longest a whole request may take (`timeout_seconds`, default 30 seconds).
    public var timeout: Duration
    /// The longest to wait for a connection (`connect_timeout_seconds`, default 10 seconds).
    public var connectTimeout: Duration

    /// Creates HTTP settings.
    public init(timeout: Duration, connectTimeout: Duration) {
        self.timeout = timeout
        self.connectTimeout = connectTimeout
    }
}

/// The web UI (`ui:`).
public struct UISettings: Sendable, Hashable {
    /// The address to listen on (`bind`, default `127.0.0.1`, reachable only from this machine).
    public var bind: String
    /// The TCP port, 1 to 65535 (`port`, default 8080).
    public var port: Int
    /// The theme's name, a folder under `themes/` (`theme`, default `default`).
    public var theme: String
    /// The locale to show, such as `fr` or `pt_BR` (`locale`); `nil` negotiates one per request.
    public var locale: String?
    /// Banners shown on every page while current (`announcements`, see ``Announcement``).
    public var announcements: [Announcement] = []
    /// The address people open in their browser, such as `https://exosphere.example.org`
    /// (`public_url`): required when serving beyond loopback; form posts must come from it.
    public var publicURL: URL?
    /// In multi-user mode, the hosts visitors' clouds may be at (`cloud_hosts`): exact names or
    /// `*.domain`; empty allows any public host. Endpoints in a cloud's catalog are held to it too.
    public var cloudHosts: [String] = []
    /// In multi-user mode, whether visitors' clouds may be on loopback, private or link-local
    /// addresses (`private_cloud_addresses`, default `false`): the server's own neighbours.
    public var privateCloudAddresses = false

    /// Creates web UI settings.
    public init(bind: String, port: Int, theme: String, locale: String?) {
        self.bind = bind
        self.port = port
        self.theme = theme
        self.locale = locale
    }
}
