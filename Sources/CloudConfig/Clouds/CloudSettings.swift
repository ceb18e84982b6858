/// One cloud's merged settings (profile, files, region values and overrides), read as typed values.
///
/// openstacksdk lets every auth option sit either under `auth:` or at the cloud's top level; OSC
/// prefers the top level (osc-lib `OSC_Config._validate_auth`), where `OS_*` overrides land, so
/// ``authValue(_:)`` looks there first.
struct CloudSettings: Sendable {
    let record: CloudRecord
    /// The `auth:` map's entries; empty when there is none.
    private let auth: [ConfigEntry]
    /// Where the `auth:` key is written, for "add it here" errors.
    private let authKeyLocation: SourceLocation?

    init(record: CloudRecord) throws(CloudConfigError) {
        self.record = record
        let authEntry = record.node.entry("auth")
        self.auth = try authEntry?.value.map() ?? []
        self.authKeyLocation = authEntry?.keyLocation
    }

    var cloud: String { record.name }

    /// The first of `names` set at the cloud's top level (not under `auth:`).
    func value(_ names: String...) -> LocatedValue? {
        names.lazy.compactMap { record.node.entry($0)?.value }.first { !$0.node.isNull }
    }

    /// The first of `names` set for authentication, at the top level or under `auth:`, in that order
    /// for each name.
    func authValue(_ names: String...) -> LocatedValue? {
        for name in names {
            if let top = record.node.entry(name)?.value, !top.node.isNull { return top }
            if let nested = auth.last(where: { $0.key == name })?.value, !nested.node.isNull { return nested }
        }
        return nil
    }

    /// Whether any of `names` has a non-empty value for authentication.
    func hasAuthValue(_ names: String...) throws(CloudConfigError) -> Bool {
        for name in names {
            if let value = authValue(name), try value.text() != nil { return true }
        }
        return false
    }

    /// The error for a required authentication key that is not set, pointing at `auth:` (or the
    /// cloud's name) in the file, or at the environment.
    func missingAuth(_ key: String, or alternatives: String...) -> CloudConfigError {
        guard record.source != .environment else {
            return .missingKey(
                .environment(), cloud: cloud, keyPath: "OS_" + key.uppercased(),
                alternatives: alternatives.map { "OS_" + $0.uppercased() })
        }
        let prefix = record.keyPath + ".auth."
        return .missingKey(
            authKeyLocation ?? record.keyLocation, cloud: cloud, keyPath: prefix + key,
            alternatives: alternatives.map { prefix + $0 })
    }
}
