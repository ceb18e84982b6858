public import CloudConfig
public import PluginHost

extension SettingValue {
    /// The same value in the plugin host's terms.
    public var pluginValue: PluginConfigValue {
        switch self {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .list(let items): return .list(items.map(\.pluginValue))
        case .map(let fields): return .map(fields.mapValues(\.pluginValue))
        }
    }
}
