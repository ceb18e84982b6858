/// Lua plugins (`plugins:`): one switch for all of them, then one section per plugin id.
///
/// ```yaml
/// plugins:
///   enabled: true                 # false turns every plugin off
///   support-tickets:              # a plugin id (kebab-case)
///     enabled: true               # plugins are off unless enabled here
///     config:                     # checked against the plugin's own schema when it loads
///       endpoint: https://support.example.edu
///     serves_visitors: true         # multi-user mode: visitors may run its actions (default false)
/// ```
public struct PluginsSettings: Sendable, Hashable {
    /// Whether any plugin may run (`enabled`, default `true`).
    public var enabled: Bool
    /// Each plugin's settings, by plugin id.
    public var plugins: [String: PluginSettings]

    /// Creates plugin settings.
    public init(enabled: Bool = true, plugins: [String: PluginSettings] = [:]) {
        self.enabled = enabled
        self.plugins = plugins
    }

    /// Whether plugin `id` should run: plugins are on, and it is enabled.
    public func isEnabled(_ id: String) -> Bool {
        enabled && plugins[id]?.enabled == true
    }
}

/// One plugin's section under `plugins:`.
public struct PluginSettings: Sendable, Hashable {
    /// Whether the plugin runs (`enabled`, default `false`).
    public var enabled: Bool
    /// The plugin's settings (`config`), unchecked here: the plugin's schema checks them.
    public var config: [String: SettingValue]
    /// Whether, in multi-user mode, visitors may run the plugin's instance actions and have its
    /// cloud-init parts added to their launches (`serves_visitors`, default `false`): both act
    /// with the operator's configuration and secrets on a visitor's behalf, so the operator opts
    /// in per plugin. On loopback the one person is the operator, and they always run.
    public var servesVisitors = false

    /// Creates a plugin's settings.
    public init(enabled: Bool = false, config: [String: SettingValue] = [:], servesVisitors: Bool = false) {
        self.enabled = enabled
        self.config = config
        self.servesVisitors = servesVisitors
    }
}

/// A value under `plugins.<id>.config`, with the type YAML gave it.
public enum SettingValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case list([SettingValue])
    case map([String: SettingValue])
}
