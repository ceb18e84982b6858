public import CloudConfig
public import Localization

/// What can go wrong while loading a theme.
public enum ThemingError: UserFacingError, Equatable {
    /// No folder with a `theme.yaml` of that name in the themes directory.
    case themeNotFound(String, directory: String)
    /// A `theme.yaml` could not be read, is not valid YAML, is larger than
    /// ``CloudConfig/YAMLLimits/configuration`` allows, or has a value of the wrong type; the error
    /// names the file, line and column.
    case invalidFile(CloudConfigError)
    /// The `extends` chain comes back to a theme already in it.
    case extendsCycle([String])
    /// A token's value (or an asset's file name) is not one of the forms its kind allows.
    case invalidValue(SourceLocation, token: String, value: String)
    /// A theme name contains something other than letters, digits, `-` and `_`.
    case invalidName(String)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .themeNotFound(let name, let directory):
            return LocalizableMessage("There is no theme {theme} in {directory}.", ["theme": name, "directory": directory])
        case .invalidFile(let error):
            return error.message
        case .extendsCycle(let chain):
            return LocalizableMessage("The themes extend each other in a loop: {chain}.", ["chain": chain.joined(separator: " → ")])
        case .invalidValue(let location, let token, let value):
            return LocalizableMessage(
                "{location}: token {token} has the value {value}, which is not allowed.",
                ["location": "\(location)", "token": token, "value": value])
        case .invalidName(let name):
            return LocalizableMessage("{theme} is not a valid theme name.", ["theme": name])
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .themeNotFound:
            return LocalizableMessage("Choose one of the folders in the themes directory, for example default.")
        case .invalidFile(let error):
            return error.recovery
        case .extendsCycle:
            return LocalizableMessage("Make one of these themes extend default instead.")
        case .invalidValue:
            return LocalizableMessage(
                "Colours are #rgb, #rrggbb or rgb(r, g, b); sizes are numbers with px, rem or em; fonts are names separated by commas.")
        case .invalidName:
            return LocalizableMessage("Use only letters, digits, - and _ in theme names.")
        }
    }
}
