/// A semantic version `major.minor.patch` (a missing patch or minor counts as 0).
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Incompatible changes.
    public var major: Int
    /// Compatible additions.
    public var minor: Int
    /// Fixes.
    public var patch: Int

    /// Creates a version.
    public init(_ major: Int, _ minor: Int, _ patch: Int = 0) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `1`, `1.2` or `1.2.3` (pre-release and build suffixes after `-` or `+` are ignored);
    /// `nil` for anything else.
    public init?(parsing text: String) {
        let core = text.split(whereSeparator: { $0 == "-" || $0 == "+" }).first.map(String.init) ?? ""
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.allSatisfy(\.isASCII), let number = Int(part), number >= 0 else { return nil }
            numbers.append(number)
        }
        self.init(numbers[0], numbers.count > 1 ? numbers[1] : 0, numbers.count > 2 ? numbers[2] : 0)
    }

    /// `major.minor.patch`.
    public var description: String { "\(major).\(minor).\(patch)" }

    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}

/// A version range such as `>=1.0, <2.0` or `^1.2`: every comma-separated comparison must hold.
public struct VersionRange: Sendable, Hashable, CustomStringConvertible {
    private enum Comparison: String, Sendable, Hashable, CaseIterable {
        case atLeast = ">=", atMost = "<=", above = ">", below = "<", caret = "^", exactly = "="
    }

    private let comparisons: [(Comparison, SemanticVersion)]
    /// The range as written.
    public let description: String

    /// Parses a range; `nil` when a part is not `op version` with op one of `>= <= > < = ^`.
    public init?(parsing text: String) {
        var comparisons: [(Comparison, SemanticVersion)] = []
        for part in text.split(separator: ",") {
            let trimmed = String(part).trimmed(" ")
            guard let comparison = Comparison.allCases.first(where: { trimmed.hasPrefix($0.rawValue) }),
                let version = SemanticVersion(parsing: String(trimmed.dropFirst(comparison.rawValue.count)).trimmed(" "))
            else { return nil }
            comparisons.append((comparison, version))
        }
        guard !comparisons.isEmpty else { return nil }
        self.comparisons = comparisons
        self.description = text
    }

    /// Whether `version` satisfies every comparison.
    public func contains(_ version: SemanticVersion) -> Bool {
        comparisons.allSatisfy { comparison, bound in
            switch comparison {
            case .atLeast: return version >= bound
            case .atMost: return version <= bound
            case .above: return version > bound
            case .below: return version < bound
            case .exactly: return version == bound
            case .caret: return version >= bound && version.major == bound.major
            }
        }
    }

    public static func == (lhs: VersionRange, rhs: VersionRange) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

extension String {
    fileprivate func trimmed(_ set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
