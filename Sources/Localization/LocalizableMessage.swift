/// A message shown to people: an English source string with named `{placeholders}` (the message id)
/// plus the values for those placeholders.
///
/// The message id doubles as the English text, as gettext does. ``MessageCatalogs`` translate the
/// id; as the last step of every fallback chain, ``sourceText`` fills the placeholders into the
/// English original. Write the id as a string literal at the call, so the extraction test finds it
/// for `locales/exosphere.pot`.
///
/// ```swift
/// let message = LocalizableMessage("Cloud {cloud} is not in clouds.yaml.", ["cloud": "mycloud"])
/// print(message)  // Cloud mycloud is not in clouds.yaml.
/// ```
public struct LocalizableMessage: Sendable, Hashable, CustomStringConvertible {
    /// The English source string, with `{name}` placeholders; also the catalogue key.
    public let msgid: String
    /// Values for the placeholders, by name.
    public let arguments: [String: String]

    /// Creates a message from its id and placeholder values.
    public init(_ msgid: String, _ arguments: [String: String] = [:]) {
        self.msgid = msgid
        self.arguments = arguments
    }

    /// The English text with every known placeholder filled in; unknown placeholders stay as written.
    public var sourceText: String { Self.fill(msgid, with: arguments) }

    /// Same as ``sourceText``.
    public var description: String { sourceText }

    /// Replaces each `{name}` in `template` whose name is a key of `arguments`.
    public static func fill(_ template: String, with arguments: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            rest = rest[open...]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                break
            }
            let name = String(rest[afterOpen..<close])
            if let value = arguments[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
