import Foundation

/// Cloud-init user data for a launch: a `#cloud-config` document that creates `exouser` with the
/// passphrase's salted hash (and the user's own SSH key, if any) and runs the setup parts, each
/// wrapped in console markers (``SetupMarker``).
public struct UserData: Sendable, Hashable {
    /// Nova's limit on `user_data`, in bytes once base64-encoded (Compute API reference, "Create
    /// Server": `user_data`).
    public static let encodedLimit = 65_535

    /// The document.
    public let text: String
    /// The steps, in the order they run.
    public let steps: [String]

    /// The size once base64-encoded, in bytes.
    public var encodedSize: Int { (text.utf8.count + 2) / 3 * 4 }

    /// Assembles the user data.
    ///
    /// - Parameters:
    ///   - passwordHash: The `$6$` hash of the passphrase (``PasswordHash``); never the passphrase.
    ///   - publicKey: The user's own OpenSSH public key for `exouser`, if given.
    ///   - parts: The setup steps in order (names must be unique).
    /// - Throws: ``CoreError/userDataTooLarge(encodedBytes:limit:)`` over Nova's limit.
    public init(passwordHash: String, publicKey: String?, parts: [SetupPart]) throws(CoreError) {
        var lines = [
            "#cloud-config",
            "users:",
            "  - default",
            "  - name: \(AccessPassphrase.userName)",
            "    shell: /bin/bash",
            "    lock_passwd: false",
            "    hashed_passwd: \(Self.quoted(passwordHash))",
        ]
        if let publicKey, let line = publicKey.split(whereSeparator: \.isNewline).first {
            lines += ["    ssh_authorized_keys:", "      - " + Self.quoted(String(line))]
        }
        lines.append("write_files:")
        for (index, part) in parts.enumerated() {
            lines += Self.file(path: Self.scriptPath(index, part), permissions: "0700", content: part.script)
        }
        lines += Self.file(path: "/opt/exosphere/setup.sh", permissions: "0700", content: Self.driver(parts))
        lines += ["runcmd:", "  - [bash, /opt/exosphere/setup.sh]"]
        text = lines.joined(separator: "\n") + "\n"
        steps = parts.map(\.name)
        guard encodedSize <= Self.encodedLimit else {
            throw .userDataTooLarge(encodedBytes: encodedSize, limit: Self.encodedLimit)
        }
    }

    private static func scriptPath(_ index: Int, _ part: SetupPart) -> String {
        "/opt/exosphere/setup/\(index + 10)-\(part.name).sh"
    }

    /// Runs each part with its markers; the first failure stops the rest.
    private static func driver(_ parts: [SetupPart]) -> String {
        var lines = ["#!/bin/bash", "mkdir -p /var/log/exosphere"]
        for (index, part) in parts.enumerated() {
            let log = "/var/log/exosphere/\(part.name).log"
            lines += [
                "echo '\(SetupMarker.started(part.name).line)' > /dev/console",
                "if bash \(scriptPath(index, part)) > \(log) 2>&1; then echo '\(SetupMarker.done(part.name).line)' > /dev/console; "
                    + "else echo '\(SetupMarker.failed(part.name).line)' > /dev/console; exit 1; fi",
            ]
        }
        lines.append("echo '\(SetupMarker.complete.line)' > /dev/console")
        return lines.joined(separator: "\n")
    }

    private static func file(path: String, permissions: String, content: String) -> [String] {
        ["  - path: \(path)", "    permissions: '\(permissions)'", "    content: |"]
            + content.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
    }

    /// A YAML single-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
