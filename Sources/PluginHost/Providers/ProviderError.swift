public import Localization

/// What goes wrong calling a plugin provider; every case names the plugin, the provider and the
/// operation (`list_instances`, `create`, `delete`, `action`, `sizes`, `images`).
public enum ProviderError: UserFacingError, Hashable {
    /// The call did not run or stopped the plugin (the plugin is not running, has no such
    /// provider, or its Lua failed).
    case callFailed(plugin: String, provider: String, operation: String, error: PluginError)
    /// The provider answered `nil, err`; `code` is the error table's `code`, when it has one.
    case refused(plugin: String, provider: String, operation: String, code: String?, reason: String)
    /// The provider returned a value of the wrong shape; `field` is where, such as `result[2].status`.
    case invalidResult(plugin: String, provider: String, operation: String, field: String, problem: String)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .callFailed(let plugin, let provider, let operation, let error):
            return LocalizableMessage(
                "Provider {provider} of plugin {plugin} could not run {operation}: {reason}",
                ["provider": provider, "plugin": plugin, "operation": operation, "reason": error.message.sourceText])
        case .refused(let plugin, let provider, let operation, let code, let reason):
            return LocalizableMessage(
                "Provider {provider} of plugin {plugin} refused {operation}: {reason}",
                ["provider": provider, "plugin": plugin, "operation": operation, "reason": code.map { "\(reason) (\($0))" } ?? reason])
        case .invalidResult(let plugin, let provider, let operation, let field, let problem):
            return LocalizableMessage(
                "Provider {provider} of plugin {plugin} returned a wrong value from {operation}: {field}: {problem}.",
                ["provider": provider, "plugin": plugin, "operation": operation, "field": field, "problem": problem])
        }
    }

    /// What to do next.
    public var recovery: LocalizableMessage? {
        switch self {
        case .callFailed(_, _, _, let error): return error.recovery
        case .refused: return nil
        case .invalidResult: return LocalizableMessage("Report this to the plugin's author; plugin-sdk/reference lists the shapes providers return.")
        }
    }
}
