public import Foundation
public import Secrets

/// A freshly created application credential, ready to be written as a file other OpenStack tools
/// read: `clouds.yaml` (openstacksdk, the `openstack` CLI, Terraform) or an `openrc` shell script.
///
/// The secret travels in a ``Secret`` and appears only in ``text(_:)``, the download itself.
public struct CredentialExport: Sendable {
    /// The file formats offered.
    public enum Format: String, Sendable, CaseIterable {
        /// A `clouds.yaml` with one cloud.
        case cloudsYAML = "clouds.yaml"
        /// A POSIX shell script of `OS_*` variables.
        case openrc

        /// The file name a browser saves it as, for the cloud `cloud`.
        public func fileName(cloud: String) -> String {
            let safe = String(cloud.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
            switch self {
            case .cloudsYAML: return "clouds.yaml"
            case .openrc: return "\(safe.isEmpty ? "cloud" : safe)-openrc.sh"
            }
        }

        /// The media type of the download.
        public var contentType: String {
            switch self {
            case .cloudsYAML: return "application/yaml; charset=utf-8"
            case .openrc: return "text/x-shellscript; charset=utf-8"
            }
        }
    }

    /// The cloud's name, used as the `clouds.yaml` key.
    public var cloud: String
    /// Keystone's URL.
    public var authURL: URL
    /// The region, when the cloud has one chosen.
    public var regionName: String?
    /// The endpoint interface (`public`, `internal`, `admin`).
    public var interface: String
    /// The application credential's id.
    public var credentialID: String
    /// The application credential's name.
    public var credentialName: String
    /// The secret, shown by Keystone once.
    public var secret: Secret

    /// Creates an export.
    public init(
        cloud: String, authURL: URL, regionName: String?, interface: String, credentialID: String, credentialName: String,
        secret: Secret
    ) {
        self.cloud = cloud
        self.authURL = authURL
        self.regionName = regionName
        self.interface = interface
        self.credentialID = credentialID
        self.credentialName = credentialName
        self.secret = secret
    }

    /// The file's text, secret included.
    public func text(_ format: Format) -> String {
        switch format {
        case .cloudsYAML:
            var lines = [
                "# Application credential \(Self.yamlQuoted(credentialName)), created by Exosphere.",
                "clouds:", "  \(Self.yamlQuoted(cloud)):", "    auth_type: v3applicationcredential", "    auth:",
                "      auth_url: \(Self.yamlQuoted(authURL.absoluteString))",
                "      application_credential_id: \(Self.yamlQuoted(credentialID))",
                "      application_credential_secret: \(Self.yamlQuoted(secret.revealed))",
            ]
            if let regionName { lines.append("    region_name: \(Self.yamlQuoted(regionName))") }
            lines += ["    interface: \(Self.yamlQuoted(interface))", "    identity_api_version: 3"]
            return lines.joined(separator: "\n") + "\n"
        case .openrc:
            var lines = [
                "# Application credential \(credentialName.filter { !$0.isNewline }), created by Exosphere.",
                "# Use with: . ./\(Format.openrc.fileName(cloud: cloud))",
                "export OS_AUTH_TYPE=v3applicationcredential",
                "export OS_AUTH_URL=\(Self.shellQuoted(authURL.absoluteString))",
                "export OS_IDENTITY_API_VERSION=3",
                "export OS_APPLICATION_CREDENTIAL_ID=\(Self.shellQuoted(credentialID))",
                "export OS_APPLICATION_CREDENTIAL_SECRET=\(Self.shellQuoted(secret.revealed))",
                "export OS_INTERFACE=\(Self.shellQuoted(interface))",
            ]
            if let regionName { lines.append("export OS_REGION_NAME=\(Self.shellQuoted(regionName))") }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// A double-quoted YAML scalar, so any text (colons, `#`, quotes) reads back unchanged.
    static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += String(format: "\\x%02X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// A single-quoted shell word; a quote inside becomes `'\''`.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
