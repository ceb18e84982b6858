import CloudConfig
import Foundation
import Testing

/// `hosting:`: the clouds a hosted server offers, and whether visitors may add others.
struct HostingSettingsTests {
    static func load(_ fixture: String) throws -> ExosphereSettings {
        let sandbox = try Sandbox()
        try sandbox.install("settings/" + fixture, at: "home/.config/exosphere/config.yaml")
        return try ExosphereSettings.load(from: sandbox.sources())
    }

    static func error(_ fixture: String) throws -> CloudConfigError {
        try #require(throws: CloudConfigError.self) { try load(fixture) }
    }

    @Test("without hosting: nothing is offered and visitors add their own clouds")
    func defaults() throws {
        let hosting = try Self.load("empty.yaml").hosting
        #expect(hosting.clouds.isEmpty)
        #expect(hosting.visitorClouds)
    }

    @Test("offered clouds are read in order with their region, interface, domain and sign-in methods; unset ones take defaults")
    func reads() throws {
        let hosting = try Self.load("hosting.yaml").hosting
        #expect(hosting.clouds.map(\.name) == ["Jetstream2", "Campus cloud"])
        let jetstream = try #require(hosting.cloud(named: "Jetstream2"))
        #expect(jetstream.authURL.absoluteString == "https://js2.jetstream-cloud.org:5000/v3")
        #expect((jetstream.region, jetstream.interface, jetstream.domain) == ("IU", .internal, "access"))
        #expect(jetstream.signIn == [.applicationCredential])
        let campus = try #require(hosting.cloud(named: "Campus cloud"))
        #expect((campus.region, campus.interface, campus.domain) == (nil, .public, "Default"))
        #expect(campus.signIn == [.password, .applicationCredential])
        #expect(!hosting.visitorClouds)
        #expect(hosting.sessions == "postgres://exosphere:secret@db.example.org/exosphere?sslmode=require")
        #expect(hosting.metricsToken == "scraper-token-0123456789")
        #expect(hosting.trustedProxies.map(\.prefix) == [32, 8])
    }

    @Test("a trusted proxy that is not an address or network is refused, naming it")
    func badProxy() throws {
        guard case .wrongType(_, let keyPath, let expected, _) = try Self.error("hosting-bad-proxy.yaml") else {
            Issue.record("expected wrongType")
            return
        }
        #expect(keyPath == "hosting.trusted_proxies")
        #expect(expected.contains("10.0.0.0/40 is neither"))
    }

    @Test(
        "a metrics token shorter than 16 or longer than 256 characters is refused; without one there is no /metrics",
        arguments: ["hosting-short-metrics-token.yaml", "hosting-long-metrics-token.yaml"])
    func metricsToken(fixture: String) throws {
        #expect(try Self.load("empty.yaml").hosting.metricsToken == nil)
        guard case .wrongType(_, let keyPath, let expected, _) = try Self.error(fixture) else {
            Issue.record("expected wrongType")
            return
        }
        #expect(keyPath == "hosting.metrics_token")
        #expect(expected.contains("16 to 256"))
    }

    @Test("sso: names Keystone's protocol and identity provider and makes single sign-on the way in, unless sign_in says otherwise")
    func singleSignOn() throws {
        let hosting = try Self.load("hosting-sso.yaml").hosting
        let jetstream = try #require(hosting.cloud(named: "Jetstream2"))
        #expect(jetstream.signIn == [.singleSignOn])
        #expect((jetstream.singleSignOn.protocol, jetstream.singleSignOn.identityProvider) == ("saml2", "access-ci"))
        let campus = try #require(hosting.cloud(named: "Campus cloud"))
        #expect(campus.signIn == [.singleSignOn, .password])
        #expect((campus.singleSignOn.protocol, campus.singleSignOn.identityProvider) == ("openid", nil))
    }

    @Test("a protocol that is not a plain name, or an unknown key under sso:, is refused where written")
    func badSingleSignOn() throws {
        guard case .wrongType(_, let keyPath, let expected, _) = try Self.error("hosting-bad-sso.yaml") else {
            Issue.record("expected wrongType")
            return
        }
        #expect(keyPath == "hosting.clouds[0].sso.protocol")
        #expect(expected.contains("letters, digits"))
        guard case .unknownKey(_, let unknown, let suggestion, _) = try Self.error("hosting-sso-unknown-key.yaml") else {
            Issue.record("expected unknownKey")
            return
        }
        #expect(unknown.hasSuffix("identity_providers"))
        #expect(suggestion == "identity_provider")
    }

    @Test("sessions: must be a PostgreSQL address; without it sessions stay in memory")
    func sessionsAddress() throws {
        #expect(try Self.load("empty.yaml").hosting.sessions == nil)
        guard case .wrongType(let location, let keyPath, let expected, _) = try Self.error("hosting-bad-sessions.yaml") else {
            Issue.record("expected wrongType")
            return
        }
        #expect(keyPath == "hosting.sessions")
        #expect(location.line == 2)
        #expect(expected.contains("postgres://"))
    }

    @Test("a name offered twice is refused at the second one")
    func duplicateName() throws {
        guard case .duplicateKey(let location, let keyPath, _) = try Self.error("hosting-duplicate.yaml") else {
            Issue.record("expected duplicateKey")
            return
        }
        #expect(keyPath == "hosting.clouds[1].name")
        #expect(location.description.hasSuffix("config.yaml:4:14"))
    }

    @Test("an unknown interface or sign-in method lists the known ones")
    func unknownChoices() throws {
        guard case .invalidChoice(_, let keyPath, let value, let choices) = try Self.error("hosting-bad-interface.yaml") else {
            Issue.record("expected invalidChoice")
            return
        }
        #expect((keyPath, value, choices) == ("hosting.clouds[0].interface", "private", ["public", "internal", "admin"]))
        guard case .invalidChoice(_, _, let method, let methods) = try Self.error("hosting-bad-method.yaml") else {
            Issue.record("expected invalidChoice")
            return
        }
        #expect((method, methods) == ("kerberos", ["password", "application_credential", "sso"]))
    }

    @Test("an auth_url that is not http or https, and an unknown key, are refused where written")
    func badURLAndUnknownKey() throws {
        guard case .invalidURL(_, let keyPath, _) = try Self.error("hosting-bad-url.yaml") else {
            Issue.record("expected invalidURL")
            return
        }
        #expect(keyPath == "hosting.clouds[0].auth_url")
        guard case .unknownKey(_, _, let suggestion, _) = try Self.error("hosting-unknown-key.yaml") else {
            Issue.record("expected unknownKey")
            return
        }
        #expect(suggestion == "auth_url")
    }

    @Test("a name longer than 64 characters, or one that is not a plain name, is refused", arguments: ["hosting-long-name.yaml", "hosting-bad-name.yaml"])
    func unusableNames(fixture: String) throws {
        guard case .wrongType(_, let keyPath, _, _) = try Self.error(fixture) else {
            Issue.record("expected wrongType")
            return
        }
        #expect(keyPath.hasPrefix("hosting.clouds[0]"))
    }
}
