/// A secret value (password, token, application-credential secret, passphrase) that never shows
/// itself in logs, error messages or debugger output.
///
/// Printing, interpolating or dumping a `Secret` yields `<redacted>`; only code that needs the value
/// on the wire reads ``revealed``.
///
/// ```swift
/// let password = Secret("s3cr3t")
/// print("logging in with \(password)")  // logging in with <redacted>
/// ```
public struct Secret: Sendable, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable, ExpressibleByStringLiteral
{
    /// The secret itself. Read it only to put it on the wire or into a 0600 file.
    public let revealed: String

    /// Wraps a secret value.
    public init(_ value: String) {
        self.revealed = value
    }

    /// Wraps a literal; meant for tests and fixtures.
    public init(stringLiteral value: String) {
        self.revealed = value
    }

    /// Decodes the secret from a single string value.
    public init(from decoder: any Decoder) throws {
        self.revealed = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the secret as a single string value (for the wire and for 0600 cache files only).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(revealed)
    }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }

    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }

    /// Hides the value from `dump` and mirrors.
    public var customMirror: Mirror { Mirror(self, children: []) }

    /// Whether the secret is the empty string.
    public var isEmpty: Bool { revealed.isEmpty }
}
