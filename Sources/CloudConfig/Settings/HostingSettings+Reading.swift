import Foundation

extension HostingSettings {
    /// The keys of `hosting:`.
    static let keys = ["clouds", "visitor_clouds", "sessions", "metrics_token", "trusted_proxies"]
    /// The keys of one `hosting.clouds` item.
    static let cloudKeys = ["name", "auth_url", "region", "interface", "domain", "sign_in", "sso"]
    /// The keys of a cloud's `sso`.
    static let singleSignOnKeys = ["protocol", "identity_provider"]

    /// Reads `hosting:`; an unknown key, a cloud without a name or a usable `auth_url`, a name
    /// written twice, an unknown interface or sign-in method are errors naming where.
    mutating func read(_ section: SettingsMap) throws(CloudConfigError) {
        if let list = section["clouds"] {
            for item in try list.list() ?? [] {
                let (cloud, name) = try Self.cloud(item)
                if self.cloud(named: cloud.name) != nil {
                    throw .duplicateKey(name.location, keyPath: name.keyPath, firstLine: nil)
                }
                clouds.append(cloud)
            }
        }
        if let allowed = try section["visitor_clouds"]?.boolean() { visitorClouds = allowed }
        if let value = section["sessions"], let address = try value.text(), !address.isEmpty {
            // The full address is read by the session database when the server starts; a wrong kind is refused here, where written.
            guard address.hasPrefix("postgres://") || address.hasPrefix("postgresql://") else {
                throw value.wrongType(expected: "a PostgreSQL address, postgres://USER:PASSWORD@HOST:PORT/DATABASE")
            }
            sessions = address
        }
        if let value = section["metrics_token"], let token = try value.text() {
            // Sent in a header by the scraper: printable ASCII, and long enough not to be guessed.
            guard (16...256).contains(token.count), token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
                throw value.wrongType(expected: "a token of 16 to 256 printable characters, no spaces")
            }
            metricsToken = token
        }
        if let value = section["trusted_proxies"], let written = try value.texts() {
            for text in written {
                guard let network = IPNetwork(text) else {
                    throw value.wrongType(expected: "IP addresses or networks such as 10.0.0.5 or 10.1.0.0/16 (\(text) is neither)")
                }
                trustedProxies.append(network)
            }
        }
    }

    /// One offered cloud, and where its name is written (for a name written twice).
    private static func cloud(_ item: LocatedValue) throws(CloudConfigError) -> (OfferedCloud, name: LocatedValue) {
        let map = try SettingsMap(item, known: cloudKeys)
        // The name becomes the cloud's name in a session and in addresses: a plain one.
        guard let nameValue = map["name"],
            let name = try map.name("name", extraCharacters: "-_. ", expected: "a cloud name (letters, digits, space, - _ .)"),
            name.count <= 64
        else { throw item.wrongType(expected: "a map with name: the cloud's name, and auth_url: its Keystone address") }
        guard let value = map["auth_url"], let text = try value.text() else {
            throw item.wrongType(expected: "a map with name: the cloud's name, and auth_url: its Keystone address")
        }
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false else {
            throw .invalidURL(value.location, keyPath: value.keyPath, value: text)
        }
        var cloud = OfferedCloud(name: name, authURL: url)
        cloud.region = try map["region"]?.text()
        if let value = map["interface"], let written = try value.text() {
            guard let interface = EndpointInterface(rawValue: written) else {
                throw .invalidChoice(value.location, keyPath: value.keyPath, value: written, choices: EndpointInterface.allCases.map(\.rawValue))
            }
            cloud.interface = interface
        }
        if let domain = try map["domain"]?.text(), !domain.isEmpty { cloud.domain = domain }
        if let sso = try map.section("sso", known: singleSignOnKeys) {
            cloud.singleSignOn = try singleSignOn(sso)
            cloud.signIn = [.singleSignOn]
        }
        if let value = map["sign_in"], let written = try value.texts() {
            var methods: [OfferedCloud.SignIn] = []
            for method in written {
                guard let parsed = OfferedCloud.SignIn(rawValue: method) else {
                    throw .invalidChoice(value.location, keyPath: value.keyPath, value: method, choices: OfferedCloud.SignIn.allCases.map(\.rawValue))
                }
                if !methods.contains(parsed) { methods.append(parsed) }
            }
            guard !methods.isEmpty else { throw value.wrongType(expected: "at least one of password, application_credential, sso") }
            cloud.signIn = methods
        }
        return (cloud, nameValue)
    }

    /// A cloud's `sso`: the protocol and identity provider become parts of Keystone's address, so
    /// each is a plain name.
    private static func singleSignOn(_ map: SettingsMap) throws(CloudConfigError) -> OfferedCloud.SingleSignOn {
        var sso = OfferedCloud.SingleSignOn()
        let expected = "a name of letters, digits and - _ ."
        if let name = try map.name("protocol", extraCharacters: "-_.", expected: expected) { sso.protocol = name }
        sso.identityProvider = try map.name("identity_provider", extraCharacters: "-_.", expected: expected)
        return sso
    }
}
