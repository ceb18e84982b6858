public import Localization

// The English text of every case. Each message starts with the location, as compilers print it, so
// editors and terminals can jump to the line.
extension CloudConfigError {
    /// What went wrong, naming the file, line, column and key.
    public var message: LocalizableMessage {
        switch self {
        case .unreadableFile(let path, let reason):
            return LocalizableMessage("Cannot read {path}: {reason}.", ["path": path, "reason": reason])
        case .fileNotFound(let path, let variable):
            return LocalizableMessage(
                "{variable} names {path}, but there is no such file.", ["variable": variable, "path": path])
        case .invalidSyntax(let location, let problem):
            return LocalizableMessage(
                "{location}: this is not valid YAML: {problem}.", ["location": "\(location)", "problem": problem])
        case .exceedsLimit(let location, let limit):
            return Self.limitMessage(location: location, limit: limit)
        case .unwritableFile(let path, let reason):
            return LocalizableMessage("Cannot write {path}: {reason}.", ["path": path, "reason": reason])
        case .duplicateKey(let location, let keyPath, let firstLine):
            guard let firstLine else {
                return LocalizableMessage(
                    "{location}: {key} appears more than once.", ["location": "\(location)", "key": keyPath])
            }
            return LocalizableMessage(
                "{location}: {key} is already set on line {first}.",
                ["location": "\(location)", "key": keyPath, "first": "\(firstLine)"])
        case .wrongType(let location, let keyPath, let expected, let found):
            let arguments = ["location": "\(location)", "key": keyPath, "expected": expected, "found": found]
            guard keyPath != Self.topLevel else {
                return LocalizableMessage("{location}: the file must be {expected}, but it is {found}.", arguments)
            }
            return LocalizableMessage("{location}: {key} must be {expected}, but it is {found}.", arguments)
        case .invalidURL(let location, let keyPath, let value):
            return LocalizableMessage(
                "{location}: {key} must be an http or https URL, but it is {value}.",
                ["location": "\(location)", "key": keyPath, "value": value])
        case .invalidChoice(let location, let keyPath, let value, _):
            return LocalizableMessage(
                "{location}: {key} cannot be {value}.", ["location": "\(location)", "key": keyPath, "value": value])
        case .outOfRange(let location, let keyPath, let value, let minimum, let maximum):
            var arguments = ["location": "\(location)", "key": keyPath, "value": value, "minimum": minimum]
            guard let maximum else {
                return LocalizableMessage(
                    "{location}: {key} must be more than {minimum}, but it is {value}.", arguments)
            }
            arguments["maximum"] = maximum
            return LocalizableMessage(
                "{location}: {key} must be from {minimum} to {maximum}, but it is {value}.", arguments)
        case .relativePath(let location, let keyPath, let value):
            return LocalizableMessage(
                "{location}: {key} must be an absolute path or start with ~/, but it is {value}.",
                ["location": "\(location)", "key": keyPath, "value": value])
        case .missingKey(let location, let cloud, let keyPath, let alternatives):
            let arguments = [
                "location": "\(location)", "cloud": cloud, "key": keyPath,
                "alternatives": alternatives.joined(separator: " or "),
            ]
            guard !alternatives.isEmpty else {
                return LocalizableMessage("{location}: cloud {cloud} needs {key}, which is not set.", arguments)
            }
            return LocalizableMessage(
                "{location}: cloud {cloud} needs {key} or {alternatives}, and neither is set.", arguments)
        case .unknownKey(let location, let keyPath, let suggestion, _):
            guard let suggestion else {
                return LocalizableMessage(
                    "{location}: {key}: unknown key.", ["location": "\(location)", "key": keyPath])
            }
            return LocalizableMessage(
                "{location}: {key}: unknown key; did you mean {suggestion}?",
                ["location": "\(location)", "key": keyPath, "suggestion": suggestion])
        default:
            return selectionMessage
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .unreadableFile:
            return LocalizableMessage("Check that the file is a text file and that you may read it.")
        case .fileNotFound(_, let variable):
            return LocalizableMessage("Create the file, or correct or unset {variable}.", ["variable": variable])
        case .invalidSyntax:
            return LocalizableMessage("Fix the YAML at that line and column: check indentation, colons and quotes.")
        case .exceedsLimit(_, .values):
            return LocalizableMessage("Use fewer aliases (*name): each use repeats everything its anchor holds.")
        case .exceedsLimit:
            return LocalizableMessage("Make the file smaller and flatter; Exosphere does not read files this large.")
        case .unwritableFile:
            return LocalizableMessage("Check that you may write the file and its folder.")
        case .duplicateKey:
            return LocalizableMessage("Keep only one of them; key names spelled with - and _ count as the same key.")
        case .wrongType(_, let keyPath, let expected, _):
            guard keyPath != Self.topLevel else {
                return LocalizableMessage("Rewrite the file as {expected}.", ["expected": expected])
            }
            return LocalizableMessage("Change {key} to {expected}.", ["key": keyPath, "expected": expected])
        case .invalidURL:
            return LocalizableMessage("Write the whole URL, for example https://keystone.example.org:5000/v3.")
        case .invalidChoice(_, _, _, let choices):
            return LocalizableMessage("Use one of: {choices}.", ["choices": choices.joined(separator: ", ")])
        case .outOfRange(_, let keyPath, _, _, _):
            return LocalizableMessage("Change {key} to a number in that range.", ["key": keyPath])
        case .relativePath:
            return LocalizableMessage("Write the whole path, for example ~/.cache/exosphere/tokens.")
        case .missingKey(let location, _, let keyPath, _):
            return Self.missingKeyRecovery(location: location, keyPath: keyPath)
        case .unknownKey(_, _, _, let known):
            return LocalizableMessage(
                "Correct or remove the key. Keys allowed here: {known}.", ["known": known.joined(separator: ", ")])
        default:
            return selectionRecovery
        }
    }

    private static func limitMessage(location: SourceLocation, limit: YAMLLimits.Limit) -> LocalizableMessage {
        switch limit {
        case .bytes(let bytes):
            return LocalizableMessage(
                "{location}: the file is larger than {size} KiB.", ["location": "\(location)", "size": "\(bytes / 1024)"])
        case .values(let count):
            return LocalizableMessage(
                "{location}: the file expands to more than {count} values, counting every use of an alias.",
                ["location": "\(location)", "count": "\(count)"])
        case .depth(let depth):
            return LocalizableMessage(
                "{location}: lists and maps nest more than {depth} levels deep here.",
                ["location": "\(location)", "depth": "\(depth)"])
        }
    }

    /// The key path errors use for a whole file.
    public static let topLevel = "(top level)"

    private static let secretKeys: Set<String> = ["password", "token", "application_credential_secret"]

    private static func missingKeyRecovery(location: SourceLocation, keyPath: String) -> LocalizableMessage {
        let key = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
        let variable = key.hasPrefix("OS_") ? key : "OS_" + key.uppercased()
        guard let file = location.file else {
            return LocalizableMessage("Set the environment variable {variable}.", ["variable": variable])
        }
        let arguments = ["key": keyPath, "file": file, "variable": variable]
        guard secretKeys.contains(key) else {
            return LocalizableMessage("Add {key} to {file}, or set the environment variable {variable}.", arguments)
        }
        return LocalizableMessage(
            "Add {key} to {file} or to a secure.yaml beside it, or set the environment variable {variable}.", arguments)
    }
}
