/// Why a message catalogue (a gettext `.po` file) or a plural rule could not be used.
///
/// Every case about a file names the file and the 1-based line, so a translator can open the
/// file at the right place. A catalogue that fails to load is skipped (or, on reload, its last
/// good version is kept); the error is logged and listed by ``MessageCatalogs/problems()``.
public enum LocalizationError: UserFacingError, Equatable {
    /// The file could not be read (missing, a directory, no permission).
    case unreadableFile(path: String, reason: String)
    /// The file is larger than the reader accepts, in bytes.
    case fileTooLarge(path: String, bytes: Int, limit: Int)
    /// The file is not UTF-8 text.
    case notUTF8(path: String)
    /// A quoted string has no closing `"`.
    case unterminatedString(path: String, line: Int)
    /// A backslash escape that PO files do not allow, such as `\q`.
    case invalidEscape(path: String, line: Int, sequence: String)
    /// A line that is neither a comment, a keyword with a string, nor a continuation string.
    case unexpectedLine(path: String, line: Int, text: String)
    /// A keyword where it cannot go, such as `msgstr` before `msgid` or a second `msgid`.
    case misplacedKeyword(path: String, line: Int, keyword: String)
    /// An entry that stops before one of its parts (usually `msgstr`).
    case incompleteEntry(path: String, line: Int, missing: String)
    /// The same message (and context) appears twice.
    case duplicateMessage(path: String, line: Int, msgid: String, firstLine: Int)
    /// The header's `Plural-Forms` cannot be used; the built-in rule for the language applies.
    case invalidPluralForms(path: String, value: String)
    /// A plural expression that is not valid; `offset` counts characters from 0.
    case invalidPluralExpression(expression: String, offset: Int)
    /// A plural expression longer or more deeply nested than the evaluator accepts.
    case pluralExpressionTooComplex(expression: String)
    /// A translation whose `{placeholders}` differ from the source; the source text is shown.
    case placeholderMismatch(path: String, line: Int, msgid: String)
}
