import Testing

/// One way the hostile cloud misbehaves.
enum HostileScenario: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Every number is 2^63 - 1: flavors, quotas (limit and use), sizes.
    case largestNumbers
    /// Every number is -2^63.
    case smallestNumbers
    /// Every number is 1e308, which no integer holds.
    case hugeDouble
    /// Every name carries ESC sequences, a BEL, C1 controls, DEL and a right-to-left override.
    case escapeSequences
    /// Numbers are text and names are numbers.
    case wrongTypes
    /// Every resource request is redirected to itself.
    case redirectLoop
    /// Every resource request is redirected to a new address, without end.
    case redirectChain
    /// Answers promise 100 000 bytes, send 30, and close the connection.
    case truncatedBody
    /// Answers go on past the transport's 64 MiB limit.
    case hugeBody
    /// Answers are HTML with a JSON content type.
    case invalidJSON
    /// Answers send their headers, then one byte a second for ever: never silent long enough for
    /// the read timeout, so only the request deadline ends them.
    case slowDrip

    /// The scenarios that end in moments; ``slowDrip`` takes the request deadline.
    static let quick = allCases.filter { $0 != .slowDrip }

    /// How a scenario that gives no usable answer fails.
    enum Failure: Sendable {
        case redirectLoop, redirectChain, truncatedBody, hugeBody, invalidJSON, slowDrip
    }

    var failure: Failure? {
        switch self {
        case .redirectLoop: .redirectLoop
        case .redirectChain: .redirectChain
        case .truncatedBody: .truncatedBody
        case .hugeBody: .hugeBody
        case .invalidJSON: .invalidJSON
        case .slowDrip: .slowDrip
        default: nil
        }
    }

    /// The raw name the escape scenario sends, as Swift text.
    static let hostileName = "evil\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}gnp.exe\u{85}\u{7F}"

    /// Every name, as a JSON value.
    var name: String {
        switch self {
        case .escapeSequences: #""evil\u001b[2J\u001b]0;pwned\u0007\u202egnp.exe\u0085\u007f""#
        case .wrongTypes: "42"
        default: #""web-1""#
        }
    }

    /// Every number, as a JSON value.
    var number: String {
        switch self {
        case .largestNumbers: "9223372036854775807"
        case .smallestNumbers: "-9223372036854775808"
        case .hugeDouble: "1e308"
        case .wrongTypes: #""lots""#
        default: "1"
        }
    }

    var testDescription: String { rawValue }
}
