public import CloudConfig
public import Localization

/// Everything that can go wrong finding, checking, loading and running plugins.
///
/// Cases about a plugin's files name the plugin and the field; no case carries a secret value.
public enum PluginError: UserFacingError, Hashable {
    /// The folder has no `plugin.yaml`.
    case manifestMissing(folder: String)
    /// `plugin.yaml` (or a test's settings, views or recordings) could not be read, or is not the
    /// kind of document it must be.
    case manifestUnreadable(path: String, reason: String)
    /// A plugin's YAML file is not valid YAML, or larger than ``CloudConfig/YAMLLimits/pluginFile``
    /// allows; the error names the file, line and column.
    case invalidYAML(CloudConfigError)
    /// A field of `plugin.yaml` (or of a test's views) is missing or wrong, at `location`
    /// (`field` is a dotted path such as `config.endpoint.type`).
    case invalidManifest(SourceLocation, field: String, problem: String)
    /// The plugin needs a host API version this host does not provide.
    case unsupportedAPI(plugin: String, required: String, host: String)
    /// An operator setting is wrong (`field` is `plugins.<id>.config.<key>`).
    case invalidConfig(plugin: String, field: String, problem: String)
    /// The plugin asked for something its manifest does not declare.
    case missingCapability(plugin: String, capability: String, detail: String)
    /// The plugin's Lua failed while loading or running, and the plugin was stopped.
    case pluginFailed(plugin: String, failure: LuaFailure)
    /// The plugin is disabled or failed earlier, so it cannot be called.
    case pluginUnavailable(plugin: String, reason: String)
    /// No plugin has this id.
    case unknownPlugin(id: String, known: [String])
    /// The plugin has no contribution with this id.
    case unknownContribution(plugin: String, kind: String, id: String)
    /// A Lua state could not be opened (the memory cap is too small).
    case stateUnavailable(plugin: String)
    /// A name given to `plugin new` is not a kebab-case id.
    case invalidPluginName(name: String)
    /// A file could not be written.
    case unwritableFile(path: String, reason: String)
    /// The plugin returned a value of the wrong shape.
    case invalidResult(plugin: String, function: String, problem: String)
}

extension PluginError {
    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .manifestMissing(let folder):
            return LocalizableMessage("The plugin folder {folder} has no plugin.yaml.", ["folder": folder])
        case .manifestUnreadable(let path, let reason):
            return LocalizableMessage("Cannot read {path}: {reason}.", ["path": path, "reason": reason])
        case .invalidYAML(let error):
            return error.message
        case .invalidManifest(let location, let field, let problem):
            return LocalizableMessage(
                "{path}: {field}: {problem}.", ["path": "\(location)", "field": field, "problem": problem])
        case .unsupportedAPI(let plugin, let required, let host):
            return LocalizableMessage(
                "Plugin {plugin} needs host API {required}, but this Exosphere provides host API {host}.",
                ["plugin": plugin, "required": required, "host": host])
        case .invalidConfig(_, let field, let problem):
            return LocalizableMessage("{field}: {problem}.", ["field": field, "problem": problem])
        case .missingCapability(let plugin, let capability, let detail):
            return LocalizableMessage(
                "Plugin {plugin} is not allowed to {detail}: capability {capability} is not in its plugin.yaml.",
                ["plugin": plugin, "capability": capability, "detail": detail])
        case .pluginFailed(let plugin, let failure):
            return LocalizableMessage(
                "Plugin {plugin} was stopped ({kind}): {detail}",
                ["plugin": plugin, "kind": failure.kind.rawValue, "detail": failure.message])
        case .pluginUnavailable(let plugin, let reason):
            return LocalizableMessage("Plugin {plugin} is not running: {reason}", ["plugin": plugin, "reason": reason])
        case .unknownPlugin(let id, let known):
            return LocalizableMessage(
                "There is no plugin {id}. Known plugins: {known}.",
                ["id": id, "known": known.isEmpty ? "none" : known.joined(separator: ", ")])
        case .unknownContribution(let plugin, let kind, let id):
            return LocalizableMessage("Plugin {plugin} has no {kind} {id}.", ["plugin": plugin, "kind": kind, "id": id])
        case .stateUnavailable(let plugin):
            return LocalizableMessage("Plugin {plugin} could not start: its memory limit is too small for Lua.", ["plugin": plugin])
        case .invalidPluginName(let name):
            return LocalizableMessage("{name} is not a plugin id.", ["name": name])
        case .unwritableFile(let path, let reason):
            return LocalizableMessage("Cannot write {path}: {reason}.", ["path": path, "reason": reason])
        case .invalidResult(let plugin, let function, let problem):
            return LocalizableMessage(
                "Plugin {plugin} returned a wrong value from {function}: {problem}.",
                ["plugin": plugin, "function": function, "problem": problem])
        }
    }

    /// What to do next.
    public var recovery: LocalizableMessage? {
        switch self {
        case .invalidYAML(let error):
            return error.recovery
        case .manifestMissing, .manifestUnreadable, .invalidManifest:
            return LocalizableMessage("Fix plugin.yaml; plugin-sdk/README.md describes every field.")
        case .unsupportedAPI:
            return LocalizableMessage("Install a version of the plugin made for this Exosphere, or update Exosphere.")
        case .invalidConfig(let plugin, _, _):
            return LocalizableMessage(
                "Fix the plugin's settings under plugins: in Exosphere's settings file; `exosphere plugin info {plugin}` lists them.",
                ["plugin": plugin])
        case .missingCapability:
            return LocalizableMessage("Declare the capability in plugin.yaml, or remove the call.")
        case .pluginFailed(let plugin, _), .pluginUnavailable(let plugin, _):
            return LocalizableMessage(
                "Fix the plugin and enable it again with `exosphere plugin enable {plugin}`.", ["plugin": plugin])
        case .unknownPlugin:
            return LocalizableMessage("Run `exosphere plugin list` to see the plugins found.")
        case .invalidPluginName:
            return LocalizableMessage("Use lowercase letters, digits and single hyphens, starting with a letter.")
        case .unknownContribution, .stateUnavailable, .unwritableFile, .invalidResult:
            return nil
        }
    }
}
