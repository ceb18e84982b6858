public import Secrets

/// Where a running simulator listens and how to log in to it.
public struct SimulatorEndpoint: Sendable {
    /// Always `127.0.0.1`.
    public let host: String
    /// The TCP port actually bound (the one chosen by the system when the options asked for 0).
    public let port: Int
    /// `http://127.0.0.1:<port>`; services live under `/identity`, `/compute`, `/image`, `/network`
    /// and `/volume`, the control API under `/_simulator`.
    public let baseURL: String
    /// The Keystone v3 endpoint, `<baseURL>/identity/v3`.
    public var authURL: String { baseURL + "/identity/v3" }
    /// The only region, `RegionOne`.
    public let region: String
    /// The demo user's name, `demo`, in domain `Default`.
    public let username: String
    /// The demo user's password.
    public let password: Secret
    /// The user and project domain name, `Default`.
    public let domainName: String
    /// The demo user's projects in order; the first is the default in ``cloudsYAML(cloudName:)``.
    public let projectNames: [String]
    /// A second user, member of the first project only, for permission tests.
    public let collaboratorUsername: String
    /// The second user's password.
    public let collaboratorPassword: Secret

    /// A clouds.yaml document with one cloud, password authentication as the demo user, scoped to
    /// the first project.
    public func cloudsYAML(cloudName: String = "simulator") -> String {
        """
        clouds:
          \(Self.quoted(cloudName)):
            auth_type: password
            auth:
              auth_url: \(Self.quoted(authURL))
              username: \(Self.quoted(username))
              password: \(Self.quoted(password.revealed))
              user_domain_name: \(Self.quoted(domainName))
              project_name: \(Self.quoted(projectNames.first ?? ""))
              project_domain_name: \(Self.quoted(domainName))
            region_name: \(region)
            interface: public
            identity_api_version: 3

        """
    }

    /// A YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
