import Foundation

/// An API microversion such as compute `2.47` or volume `3.70`.
///
/// Compared numerically (`2.10` is later than `2.9`); encoded as its string form.
public struct Microversion: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, LosslessStringConvertible
{
    /// The major version (2 for Nova, 3 for Cinder).
    public var major: Int
    /// The minor version.
    public var minor: Int

    /// Creates a version from its two numbers.
    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Parses `"2.47"`; also accepts a leading `v` (`"v2.1"`) and a bare major (`"3"` is 3.0).
    /// Returns `nil` for anything else, including the empty string clouds send without microversions.
    public init?(_ description: String) {
        var text = Substring(description.trimmingCharacters(in: .whitespaces))
        if text.first == "v" || text.first == "V" { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let major = Int(parts[0]), major >= 0 else { return nil }
        let minor = parts.count == 2 ? Int(parts[1]) : 0
        guard let minor, minor >= 0 else { return nil }
        self.init(major, minor)
    }

    /// `"2.47"`.
    public var description: String { "\(major).\(minor)" }

    /// Orders by major, then minor.
    public static func < (lhs: Microversion, rhs: Microversion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// Decodes from a string such as `"2.47"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = Microversion(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a microversion")
        }
        self = version
    }

    /// Encodes as a string such as `"2.47"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
