import Foundation
public import Logging

/// What the host gives every plugin: limits, the HTTP transport, secrets, a logger and where stores live.
public struct PluginEnvironment: Sendable {
    /// Limits per plugin.
    public var limits: LuaLimits
    /// Where `exo.http.request` sends requests (a recorded-fixture transport in tests).
    public var transport: any PluginHTTPTransport
    /// Where `exo.secrets.get` reads secrets.
    public var secrets: any PluginSecretStore
    /// The locale `exo.i18n.t` translates into, such as `de` (`nil`: the plugin's source text).
    public var locale: String?
    /// Logger for `exo.log` (label `exosphere.plugins`); each line carries the plugin id.
    public var logger: Logger
    /// Where each plugin's `exo.store` is kept (`<folder>/<plugin-id>.json`); `nil` keeps it in
    /// memory only, for tests and one-off commands.
    public var storeDirectory: String?

    /// Creates an environment.
    public init(
        limits: LuaLimits = .standard, transport: any PluginHTTPTransport = HTTPClientPluginTransport(),
        secrets: any PluginSecretStore = EnvironmentSecretStore(), locale: String? = nil,
        logger: Logger = Logger(label: "exosphere.plugins"), storeDirectory: String? = nil
    ) {
        self.limits = limits
        self.transport = transport
        self.secrets = secrets
        self.locale = locale
        self.logger = logger
        self.storeDirectory = storeDirectory
    }

    /// The folder `exosphere` keeps plugin stores in: `~/.local/share/exosphere/plugin-store`.
    public static func standardStoreDirectory(home: String) -> String {
        (home as NSString).appendingPathComponent(".local/share/exosphere/plugin-store")
    }
}
