public import Foundation
public import Secrets

/// A configuration value with the key path it was found under, read as a typed setting.
///
/// Every reader returns `nil` for an absent value (YAML null or empty text, which openstacksdk also
/// treats as unset) and throws a ``CloudConfigError`` naming the file, line and key for a value of
/// the wrong kind.
public struct LocatedValue: Sendable {
    /// The value.
    public let node: ConfigNode
    /// The dotted key path it was found under, such as `tokens.light` (empty for a whole file).
    public let keyPath: String

    /// Pairs a value with its key path.
    public init(node: ConfigNode, keyPath: String) {
        self.node = node
        self.keyPath = keyPath
    }

    /// Where the value is written.
    public var location: SourceLocation { node.location }

    /// Any scalar as written; numbers and booleans count as text, as openstacksdk turns them into
    /// strings.
    public func text() throws(CloudConfigError) -> String? {
        switch node.value {
        case .scalar: return node.text
        case .map, .list: throw wrongType(expected: "text")
        }
    }

    /// A password, token or credential secret. Only the value's kind, never its text, reaches errors.
    public func secret() throws(CloudConfigError) -> Secret? {
        try text().map { Secret($0) }
    }

    /// An absolute http or https URL with a host.
    public func httpURL() throws(CloudConfigError) -> URL? {
        guard case .scalar(let written, let kind) = node.value, kind == .string || kind == .null else {
            throw wrongType(expected: "an http or https URL")
        }
        guard kind != .null, !written.isEmpty else { return nil }
        guard let url = URL(string: written), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else {
            throw .invalidURL(location, keyPath: keyPath, value: written)
        }
        return url
    }

    /// A YAML boolean, or the text `true`/`false`, `yes`/`no`, `on`/`off` or `1`/`0` from the environment.
    public func boolean() throws(CloudConfigError) -> Bool? {
        guard case .scalar(_, let kind) = node.value else { throw wrongType(expected: "true or false") }
        guard let text = node.text else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default:
            guard kind == .string else { throw wrongType(expected: "true or false") }
            throw .invalidChoice(location, keyPath: keyPath, value: text, choices: ["true", "false"])
        }
    }

    /// A number, written as a YAML number or, from the environment, as decimal text.
    public func number() throws(CloudConfigError) -> Double? {
        guard case .scalar(let written, let kind) = node.value, kind != .boolean else {
            throw wrongType(expected: "a number")
        }
        guard kind != .null, !written.isEmpty else { return nil }
        guard let number = Double(written), number.isFinite else { throw wrongType(expected: "a number") }
        return number
    }

    /// A whole number.
    public func integer() throws(CloudConfigError) -> Int? {
        guard case .scalar(let written, let kind) = node.value, kind != .boolean, kind != .float else {
            throw wrongType(expected: "a whole number")
        }
        guard kind != .null, !written.isEmpty else { return nil }
        guard let number = Int(written) else { throw wrongType(expected: "a whole number") }
        return number
    }

    /// A duration written as a number of seconds, from 0.001 (one millisecond) to 86400 (one day).
    public func seconds() throws(CloudConfigError) -> Duration? {
        guard let seconds = try number() else { return nil }
        guard seconds >= 0.001, seconds <= 86_400 else {
            throw .outOfRange(location, keyPath: keyPath, value: node.text ?? "", minimum: "0.001", maximum: "86400")
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// The entries of a map.
    public func map() throws(CloudConfigError) -> [ConfigEntry]? {
        if node.isNull { return nil }
        guard let entries = node.entries else { throw wrongType(expected: "a map") }
        return entries
    }

    /// The error for this value when it is not `expected` (such as "a map").
    public func wrongType(expected: String) -> CloudConfigError {
        .wrongType(location, keyPath: keyPath, expected: expected, found: node.kindDescription)
    }
}
