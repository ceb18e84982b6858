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
    ///
    /// Pages fill hundreds of messages per request, so the braces are found in the UTF-8 bytes
    /// (they are ASCII) rather than character by character.
    public static func fill(_ template: String, with arguments: [String: String]) -> String {
        fill(template, with: arguments, limit: .max) ?? template
    }

    /// ``fill(_:with:)``, or `nil` when the result would be longer than `limit` bytes of UTF-8.
    /// The size is checked before each piece is added, so a template with 100,000 placeholders
    /// filled with a megabyte each (a plugin's `exo.i18n.t`) is refused without building it.
    public static func fill(_ template: String, with arguments: [String: String], limit: Int) -> String? {
        let bytes = template.utf8
        guard !arguments.isEmpty else { return bytes.count <= limit ? template : nil }
        var result = ""
        var size = 0
        var copied = bytes.startIndex
        var searchFrom = bytes.startIndex
        while let open = bytes[searchFrom...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = bytes.index(after: open)
            guard let close = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else { break }
            searchFrom = bytes.index(after: close)
            guard let value = arguments[String(template[afterOpen..<close])] else { continue }
            let before = template[copied..<open]
            size += before.utf8.count + value.utf8.count
            guard size <= limit else { return nil }
            result += before
            result += value
            copied = searchFrom
        }
        let rest = template[copied...]
        guard size + rest.utf8.count <= limit else { return nil }
        result += rest
        return result
    }
}
