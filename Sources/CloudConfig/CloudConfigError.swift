import Yams

/// Errors raised while reading cloud configuration files.
public enum CloudConfigError: Error, Sendable {
    /// A file could not be parsed.
    case malformed(file: String, line: Int?, key: String?, reason: String)
}
