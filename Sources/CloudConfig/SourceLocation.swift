/// Where a configuration value came from: a line and column in a file, or an environment variable.
///
/// Every ``CloudConfigError`` about a value carries one, so a person can go straight to the line to fix.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The kind of place a value came from.
    public enum Origin: Sendable, Hashable {
        /// A file, by the path it was read from.
        case file(path: String)
        /// The process environment; `variable` is `nil` when no single variable is meant.
        case environment(variable: String?)
    }

    /// The file or environment variable.
    public let origin: Origin
    /// The line in the file, counting from 1; `nil` for the environment.
    public let line: Int?
    /// The column in the line, counting from 1 in Unicode scalars; `nil` for the environment.
    public let column: Int?

    /// Creates a location.
    public init(origin: Origin, line: Int? = nil, column: Int? = nil) {
        self.origin = origin
        self.line = line
        self.column = column
    }

    /// A position in a file.
    public static func file(_ path: String, line: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(origin: .file(path: path), line: line, column: column)
    }

    /// An environment variable, or the environment as a whole.
    public static func environment(_ variable: String? = nil) -> SourceLocation {
        SourceLocation(origin: .environment(variable: variable))
    }

    /// The file's path, or `nil` when the value came from the environment.
    public var file: String? {
        if case .file(let path) = origin { return path }
        return nil
    }

    /// The environment variable, or `nil` when the value came from a file.
    public var variable: String? {
        if case .environment(let variable) = origin { return variable }
        return nil
    }

    /// `path:line:column` as compilers print it, or `environment variable OS_X`.
    public var description: String {
        switch origin {
        case .file(let path):
            guard let line else { return path }
            guard let column else { return "\(path):\(line)" }
            return "\(path):\(line):\(column)"
        case .environment(let variable):
            guard let variable else { return "the environment" }
            return "environment variable \(variable)"
        }
    }
}
