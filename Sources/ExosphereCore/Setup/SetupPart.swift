public import CloudConfig

/// One step of an instance's first-boot setup: a shell script run as root, announced on the
/// console by markers (``SetupMarker``) so Exosphere can follow it without logging in.
public struct SetupPart: Sendable, Hashable, Codable {
    /// The step's name in markers and status: lower-case letters, digits and `-`.
    public var name: String
    /// Plain words about it.
    public var description: String
    /// The shell script (bash), run as root after the user is created.
    public var script: String

    /// Creates a part.
    public init(name: String, description: String, script: String) {
        self.name = name
        self.description = description
        self.script = script
    }

    /// An operator's part from the settings file.
    public init(_ setting: SetupPartSetting) {
        self.init(name: setting.name, description: setting.description, script: setting.script)
    }
}

/// The optional software a user can pick at launch.
public enum SoftwareOption: String, Sendable, Hashable, Codable, CaseIterable {
    /// JupyterLab on port 8888, for `exouser`.
    case jupyter
    /// RStudio Server on port 8787.
    case rstudio
    /// A graphical desktop (XFCE) reachable through a browser-based VNC.
    case desktop
}
