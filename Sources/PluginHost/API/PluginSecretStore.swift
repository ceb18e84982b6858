import Foundation
public import Secrets

/// Where `exo.secrets.get` finds secrets a plugin declared.
public protocol PluginSecretStore: Sendable {
    /// The secret `name` for plugin `plugin`, or `nil` when it is not set.
    func secret(named name: String, plugin: String) -> Secret?
}

/// Secrets from environment variables `EXOSPHERE_PLUGIN_<PLUGIN>_<NAME>` (upper case, `-` as `_`).
public struct EnvironmentSecretStore: PluginSecretStore {
    private let variables: [String: String]

    /// Reads from `variables` (the process environment when `nil`).
    public init(variables: [String: String]? = nil) {
        self.variables = variables ?? ProcessInfo.processInfo.environment
    }

    /// The variable's value, when set and not empty.
    public func secret(named name: String, plugin: String) -> Secret? {
        let variable = "EXOSPHERE_PLUGIN_\(plugin)_\(name)".uppercased().replacingOccurrences(of: "-", with: "_")
        guard let value = variables[variable], !value.isEmpty else { return nil }
        return Secret(value)
    }
}

/// Secrets held in memory (tests and `plugin test`).
public struct FixedSecretStore: PluginSecretStore {
    private let secrets: [String: Secret]

    /// A store answering `secrets` for every plugin.
    public init(_ secrets: [String: Secret]) {
        self.secrets = secrets
    }

    /// The secret, whatever the plugin.
    public func secret(named name: String, plugin: String) -> Secret? { secrets[name] }
}
