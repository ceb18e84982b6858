// The English text of every LocalizationError case; the catalogues translate these too.
extension LocalizationError {
    /// What went wrong, naming the file and line.
    public var message: LocalizableMessage {
        switch self {
        case .unreadableFile(let path, let reason):
            return LocalizableMessage("Cannot read {path}: {reason}.", ["path": path, "reason": reason])
        case .fileTooLarge(let path, let bytes, let limit):
            return LocalizableMessage(
                "{path} is {bytes} bytes; message catalogues may be at most {limit} bytes.",
                ["path": path, "bytes": String(bytes), "limit": String(limit)])
        case .notUTF8(let path):
            return LocalizableMessage("{path} is not UTF-8 text.", ["path": path])
        case .unterminatedString(let path, let line):
            return LocalizableMessage(
                "{path}:{line}: a quoted string has no closing quote.", ["path": path, "line": String(line)])
        case .invalidEscape(let path, let line, let sequence):
            return LocalizableMessage(
                "{path}:{line}: {sequence} is not a valid escape sequence.",
                ["path": path, "line": String(line), "sequence": sequence])
        case .unexpectedLine(let path, let line, let text):
            return LocalizableMessage(
                "{path}:{line}: cannot understand this line: {text}",
                ["path": path, "line": String(line), "text": text])
        case .misplacedKeyword(let path, let line, let keyword):
            return LocalizableMessage(
                "{path}:{line}: {keyword} cannot appear here.",
                ["path": path, "line": String(line), "keyword": keyword])
        case .incompleteEntry(let path, let line, let missing):
            return LocalizableMessage(
                "{path}:{line}: this entry has no {missing}.",
                ["path": path, "line": String(line), "missing": missing])
        case .duplicateMessage(let path, let line, let msgid, let firstLine):
            return LocalizableMessage(
                "{path}:{line}: the message {msgid} already appears on line {first}.",
                ["path": path, "line": String(line), "msgid": msgid, "first": String(firstLine)])
        case .invalidPluralForms(let path, let value):
            return LocalizableMessage(
                "{path}: the Plural-Forms header {value} cannot be used.", ["path": path, "value": value])
        case .invalidPluralExpression(let expression, let offset):
            return LocalizableMessage(
                "The plural expression {expression} is not valid at character {offset}.",
                ["expression": expression, "offset": String(offset + 1)])
        case .pluralExpressionTooComplex(let expression):
            return LocalizableMessage(
                "The plural expression {expression} is too long or too deeply nested.", ["expression": expression])
        case .placeholderMismatch(let path, let line, let msgid):
            return LocalizableMessage(
                "{path}:{line}: the translation of {msgid} does not use the same placeholders as the original.",
                ["path": path, "line": String(line), "msgid": msgid])
        }
    }

    /// What a translator or operator can do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .unreadableFile, .notUTF8, .fileTooLarge:
            return LocalizableMessage("Check the file, or remove it from the locales folder.")
        case .invalidPluralForms, .invalidPluralExpression, .pluralExpressionTooComplex:
            return LocalizableMessage(
                "Copy the Plural-Forms line for your language from Poedit or Weblate; until then the built-in rule is used.")
        case .placeholderMismatch:
            return LocalizableMessage(
                "Keep every {name} placeholder of the original, spelled exactly as written there.")
        default:
            return LocalizableMessage(
                "Open the file in Poedit, or check it with msgfmt --check, and correct that line.")
        }
    }
}
