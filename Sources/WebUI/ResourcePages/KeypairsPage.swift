import ExosphereCore

/// The account's key pairs: import an OpenSSH public key, delete one.
struct KeypairsPage: Sendable {
    struct Row: Sendable {
        var name: String
        var fingerprint: String?
        var type: String?
    }

    var tabs: ResourceTabs
    var keypairs: [Row]

    init(tabs: ResourceTabs, keypairs: [KeypairSummary]) {
        self.tabs = tabs
        self.keypairs = keypairs.map { Row(name: $0.name, fingerprint: $0.fingerprint, type: $0.type) }
    }

    var isEmpty: Bool { keypairs.isEmpty }
}

extension KeypairsPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
