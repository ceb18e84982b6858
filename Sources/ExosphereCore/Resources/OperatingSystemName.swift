import Foundation

/// Names an image's operating system for people, such as `Ubuntu 22.04` or `Rocky Linux 9`.
///
/// Glance's common image properties `os_distro` and `os_version` say it when the uploader set
/// them (Glance documentation, "Useful image properties"); otherwise the image's name often does.
public enum OperatingSystemName {
    /// Distribution ids (`os_distro` values and words in image names) and their proper names.
    static let distributions: [(id: String, name: String)] = [
        ("ubuntu", "Ubuntu"), ("rocky", "Rocky Linux"), ("almalinux", "AlmaLinux"), ("alma", "AlmaLinux"),
        ("centos", "CentOS"), ("debian", "Debian"), ("fedora", "Fedora"), ("rhel", "Red Hat Enterprise Linux"),
        ("opensuse", "openSUSE"), ("sles", "SUSE Linux Enterprise"), ("freebsd", "FreeBSD"), ("cirros", "CirrOS"),
        ("windows", "Windows"), ("arch", "Arch Linux"),
    ]

    /// The operating system's name from `os_distro`/`os_version`, else guessed from the image's
    /// name (the first distribution word and the version number after it); `nil` if unknown.
    public static func describe(properties: [String: String], imageName: String) -> String? {
        if let distro = properties["os_distro"]?.lowercased(), !distro.isEmpty {
            let name = distributions.first { $0.id == distro }?.name ?? distro.capitalized
            let version = properties["os_version"].map { " " + $0 } ?? ""
            return name + version
        }
        let words = imageName.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "." }.map(String.init)
        for (index, word) in words.enumerated() {
            guard let (name, inlineVersion) = match(word) else { continue }
            let version = inlineVersion ?? words.dropFirst(index + 1).first { $0.first?.isNumber == true }
            return name + (version.map { " " + $0 } ?? "")
        }
        return nil
    }

    /// The distribution a word names, alone (`ubuntu`) or with its version attached (`rocky9`).
    private static func match(_ word: String) -> (name: String, version: String?)? {
        for distribution in distributions where word.hasPrefix(distribution.id) {
            let rest = word.dropFirst(distribution.id.count)
            if rest.isEmpty { return (distribution.name, nil) }
            if rest.first?.isNumber == true, rest.allSatisfy({ $0.isNumber || $0 == "." }) { return (distribution.name, String(rest)) }
        }
        return nil
    }
}
