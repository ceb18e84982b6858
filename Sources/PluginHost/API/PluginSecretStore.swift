import Foundation
public import Secrets

/// Where `exo.secrets.get` finds secrets a plugin declared.
public protocol PluginSecretStore: Sendable {
    /// The secret `name` for plugin `plugin`, or `nil` when it is not set.
    func secret(named name: String, plugin: String) -> Secret?
}

/// Secrets from environment variables `EXOSPHERE_PLUGIN_<PLUGIN>__<NAME>`: the plugin id in upper
/// case with `-` as `_`, two underscores, then the secret's name in upper case.
///
/// The mapping is one to one: a plugin id is kebab-case (never two hyphens in a row, never one at
/// the end), so its part holds no `__` and never ends in `_`, and the first `__` in a variable's
/// name is always the separator. Secret names are `[a-z0-9_]`, checked when the manifest is read.
/// No plugin can therefore name another plugin's variable.
public struct EnvironmentSecretStore: PluginSecretStore {
    private let variables: [String: String]

    /// Reads from `variables` (the process environment when `nil`).
    public init(variables: [String: String]? = nil) {
        self.variables = variables ?? ProcessInfo.processInfo.environment
    }

    /// The variable that holds secret `name` of plugin `plugin`.
    public static func variable(named name: String, plugin: String) -> String {
        "EXOSPHERE_PLUGIN_" + plugin.uppercased().replacingOccurrences(of: "-", with: "_") + "__" + name.uppercased()
    }

    /// The variable's value, when set and not empty.
    public func secret(named name: String, plugin: String) -> Secret? {
        guard let value = variables[Self.variable(named: name, plugin: plugin)], !value.isEmpty else { return nil }
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
