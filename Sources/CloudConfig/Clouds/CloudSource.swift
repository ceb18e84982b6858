/// Where a cloud was defined.
public enum CloudSource: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A clouds.yaml (or secure.yaml, for a cloud only it defines), by path.
    case file(String)
    /// The `OS_*` environment variables (an openrc file), as the cloud openstacksdk calls `envvars`.
    case environment

    /// A cloud a visitor added in the web UI (a form or pasted clouds.yaml): its name is the
    /// visitor's choice, so it is never used as a metrics label.
    public static let addedInBrowser = CloudSource.file("web")

    /// The path, or `environment`.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .environment: return "environment"
        }
    }
}
