import CloudConfig
import Foundation
import Localization
import Testing

struct RedactionTests {
    /// Every secret written in a fixture: the value of each `password`, `token`, `auth_token` or
    /// `application_credential_secret` key (and the `value` nested under a password).
    static func fixtureSecrets() throws -> Set<String> {
        let pattern = try Regex(#"(?:password|token|secret|value)"?[ \t]*:[ \t]*["']?([A-Za-z0-9-]+)"#)
        var secrets = Set<String>()
        for fixture in Fixtures.all() {
            let text = try String(contentsOfFile: Fixtures.path(fixture), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let captured = match.output[1].substring, captured.contains("-") {
                    secrets.insert(String(captured))
                }
            }
        }
        return secrets
    }

    /// Every error the fixtures and some bad environments produce.
    static func errors() throws -> [CloudConfigError] {
        var errors: [CloudConfigError] = []
        func record(_ body: () throws -> Void) {
            do { try body() } catch let error as CloudConfigError { errors.append(error) } catch {}
        }
        let malformed = Fixtures.all().filter { $0.hasPrefix("malformed/") }
        for fixture in malformed {
            let sandbox = try Sandbox()
            try sandbox.install(fixture, at: "work/clouds.yaml")
            record { _ = try sandbox.catalogue() }
            if let catalogue = try? sandbox.catalogue() {
                for name in catalogue.cloudNames {
                    record { _ = try catalogue.select(name) }
                }
            }
        }
        let sandbox = try Sandbox()
        record { _ = try sandbox.catalogue(["OS_PASSWORD": "env-password-no-url", "OS_USERNAME": "u"]).select() }
        record { _ = try sandbox.catalogue(["OS_AUTH_URL": "bad", "OS_TOKEN": "env-token-bad-url"]).select() }
        record {
            _ = try sandbox.catalogue(["OS_AUTH_URL": "https://k/v3", "OS_PASSWORD": ["a": "b"].description]).select()
        }
        return errors
    }

    @Test("no error message or recovery hint shows a secret from the fixtures")
    func errorsNeverShowSecrets() throws {
        let secrets = try Self.fixtureSecrets().union(["env-password-no-url", "env-token-bad-url"])
        #expect(secrets.count > 40)
        #expect(secrets.contains("syntax-password-unclosed"))
        #expect(secrets.contains("invalid-password-in-map"))
        let errors = try Self.errors()
        #expect(errors.count > 25)
        for error in errors {
            let shown = [error.description, "\(error.location.map { "\($0)" } ?? "")", error.keyPath ?? ""]
            for secret in secrets {
                #expect(!shown.joined().contains(secret), "\(error.caseName) shows \(secret)")
            }
        }
    }

    @Test("a resolved profile never prints its secrets")
    func profilesNeverShowSecrets() throws {
        let sandbox = try Sandbox()
        try sandbox.install("auth/clouds.yaml", at: "work/clouds.yaml")
        let catalogue = try sandbox.catalogue()
        let secrets = try Self.fixtureSecrets()
        for name in catalogue.cloudNames {
            let profile = try catalogue.profile(named: name)
            var dumped = ""
            dump(profile, to: &dumped)
            for shown in [String(describing: profile), String(reflecting: profile), dumped] {
                #expect(!secrets.contains(where: shown.contains), "profile \(name) shows a secret")
                #expect(shown.contains("<redacted>") || !dumped.contains("Secret"))
            }
        }
    }
}

extension RedactionTests {
    @Test("printing or dumping the catalogue or its sources never shows a secret")
    func catalogueNeverShowsSecrets() throws {
        let sandbox = try Sandbox()
        try sandbox.install("merge/clouds.yaml", at: "work/clouds.yaml")
        try sandbox.install("merge/secure.yaml", at: "work/secure.yaml")
        let sources = sandbox.sources(applicationCredentialEnvironment)
        let catalogue = try CloudConfigLoader(sources: sources).load()
        let secrets = try Self.fixtureSecrets().union(
            applicationCredentialEnvironment.values.filter { $0.contains("secret") })
        for value in [catalogue, sources] as [Any] {
            var dumped = ""
            dump(value, to: &dumped)
            for shown in [String(describing: value), String(reflecting: value), dumped] {
                let leaked = secrets.filter { shown.contains($0) }
                #expect(leaked.isEmpty, "\(type(of: value)) shows \(leaked)")
            }
        }
        #expect("\(catalogue)".contains("secure-only"))
        #expect("\(sources)".contains("OS_APPLICATION_CREDENTIAL_SECRET"))
    }
}

struct KeySuggestionTests {
    static let known = ["bind", "port", "theme", "locale", "announcements", "public_url", "cloud_hosts", "private_cloud_addresses"]

    @Test(
        "a near miss suggests the known key, a far one nothing",
        arguments: [
            ("prot", "port"), ("bnid", "bind"), ("them", "theme"), ("Locale", "locale"), ("locales", "locale"),
            ("colour", nil), ("p", nil), ("launch", nil),
        ] as [(String, String?)])
    func suggestion(typed: String, expected: String?) throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("config.yaml")
        try "ui:\n  \(typed): 1\n".write(toFile: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: CloudConfigError.self) {
            try ExosphereSettings.load(from: sandbox.sources(["EXOSPHERE_CONFIG": file]))
        }
        #expect(
            error
                == .unknownKey(
                    .file(file, line: 2, column: 3), keyPath: "ui.\(typed)", suggestion: expected, known: Self.known))
    }
}
