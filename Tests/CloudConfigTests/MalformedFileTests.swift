import CloudConfig
import Localization
import Testing

extension CloudConfigError {
    /// The case's name, such as `wrongType`, for tables of expected errors.
    var caseName: String {
        Mirror(reflecting: self).children.first?.label ?? "\(self)"
    }
}

struct MalformedFileTests {
    /// A broken file, and where the error must point.
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let kind: String
        let line: Int
        /// `nil` where the column depends on how far the parser got (the alias-bomb case).
        let column: Int?
        let keyPath: String?
        var testDescription: String { fixture }
    }

    static let fileCases: [Case] = [
        Case(fixture: "bad-indentation.yaml", kind: "invalidSyntax", line: 6, column: 6, keyPath: nil),
        Case(fixture: "unclosed-quote.yaml", kind: "invalidSyntax", line: 6, column: 1, keyPath: nil),
        Case(fixture: "alias-bomb.yaml", kind: "exceedsLimit", line: 2, column: nil, keyPath: nil),
        Case(fixture: "clouds-is-list.yaml", kind: "wrongType", line: 2, column: 3, keyPath: "clouds"),
        Case(fixture: "cloud-is-text.yaml", kind: "wrongType", line: 5, column: 12, keyPath: "clouds.mycloud"),
        Case(fixture: "root-is-list.yaml", kind: "wrongType", line: 1, column: 1, keyPath: "(top level)"),
        Case(fixture: "empty.yaml", kind: "wrongType", line: 1, column: 1, keyPath: "(top level)"),
        Case(
            fixture: "duplicate-spelling.yaml", kind: "duplicateKey", line: 6, column: 7,
            keyPath: "clouds.twice.auth.auth_url"),
        Case(fixture: "duplicate-key.yaml", kind: "duplicateKey", line: 4, column: 7, keyPath: "password"),
    ]

    @Test("a malformed clouds.yaml is an error naming its file, line, column and key", arguments: fileCases)
    func malformedFile(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("malformed/" + testCase.fixture, at: "work/clouds.yaml")
        let error = try #require(throws: CloudConfigError.self) { try sandbox.catalogue() }
        #expect(error.caseName == testCase.kind)
        #expect(error.location?.file == file)
        #expect(error.location?.line == testCase.line)
        if let column = testCase.column {
            #expect(error.location?.column == column)
        }
        #expect(error.keyPath == testCase.keyPath)
        #expect(error.description.hasPrefix("\(file):\(testCase.line)"))
        #expect(error.recovery != nil)
    }

    @Test(
        "a malformed secure.yaml or clouds-public.yaml is reported the same way",
        arguments: [
            ("secure.yaml", "malformed/clouds-is-list.yaml"),
            ("clouds-public.yaml", "malformed/public-clouds-is-list.yaml"),
        ])
    func malformedCompanionFile(name: String, fixture: String) throws {
        let sandbox = try Sandbox()
        try sandbox.install("profiles/clouds.yaml", at: "work/clouds.yaml")
        let file = try sandbox.install(fixture, at: "home/.config/openstack/" + name)
        let error = try #require(throws: CloudConfigError.self) { try sandbox.catalogue() }
        #expect(error.location == .file(file, line: 2, column: 3))
    }

    static let cloudCases: [Case] = [
        Case(
            fixture: "no-password", kind: "missingKey", line: 4, column: 5,
            keyPath: "clouds.no-password.auth.password"),
        Case(
            fixture: "appcred-name-without-domain", kind: "missingKey", line: 9, column: 5,
            keyPath: "clouds.appcred-name-without-domain.auth.user_domain_name"),
        Case(
            fixture: "unsupported-auth-type", kind: "invalidChoice", line: 15, column: 16,
            keyPath: "clouds.unsupported-auth-type.auth_type"),
        Case(
            fixture: "identity-v2", kind: "invalidChoice", line: 19, column: 27,
            keyPath: "clouds.identity-v2.identity_api_version"),
        Case(
            fixture: "domain-scope", kind: "unsupportedDomainScope", line: 29, column: 20,
            keyPath: "clouds.domain-scope.auth.domain_name"),
        Case(
            fixture: "bad-interface", kind: "invalidChoice", line: 31, column: 16,
            keyPath: "clouds.bad-interface.interface"),
        Case(
            fixture: "missing-auth-url", kind: "missingKey", line: 36, column: 5,
            keyPath: "clouds.missing-auth-url.auth.auth_url"),
        Case(
            fixture: "number-auth-url", kind: "wrongType", line: 42, column: 17,
            keyPath: "clouds.number-auth-url.auth.auth_url"),
        Case(
            fixture: "bad-auth-url", kind: "invalidURL", line: 46, column: 17,
            keyPath: "clouds.bad-auth-url.auth.auth_url"),
        Case(fixture: "auth-is-list", kind: "wrongType", line: 50, column: 7, keyPath: "clouds.auth-is-list.auth"),
        Case(
            fixture: "password-is-map", kind: "wrongType", line: 57, column: 9,
            keyPath: "clouds.password-is-map.auth.password"),
        Case(
            fixture: "negative-timeout", kind: "outOfRange", line: 59, column: 18,
            keyPath: "clouds.negative-timeout.api_timeout"),
        Case(fixture: "verify-word", kind: "invalidChoice", line: 64, column: 13, keyPath: "clouds.verify-word.verify"),
        Case(
            fixture: "region-entry-typo", kind: "unknownKey", line: 71, column: 9,
            keyPath: "clouds.region-entry-typo.regions[0].valeus"),
        Case(fixture: "unknown-profile", kind: "unknownProfile", line: 77, column: 14, keyPath: nil),
    ]

    @Test("a cloud with a missing or invalid setting is an error naming the line and key", arguments: cloudCases)
    func invalidCloud(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("malformed/invalid-clouds.yaml", at: "work/clouds.yaml")
        let catalogue = try sandbox.catalogue()
        let error = try #require(throws: CloudConfigError.self) { try catalogue.select(testCase.fixture) }
        #expect(error.caseName == testCase.kind)
        #expect(error.location == .file(file, line: testCase.line, column: testCase.column))
        #expect(error.keyPath == testCase.keyPath)
        #expect(error.description.contains(testCase.keyPath ?? testCase.fixture))
    }

    @Test("every cloud of the invalid-clouds fixture is in the table")
    func tableCoversFixture() throws {
        let sandbox = try Sandbox()
        try sandbox.install("malformed/invalid-clouds.yaml", at: "work/clouds.yaml")
        #expect(try sandbox.catalogue().cloudNames == Self.cloudCases.map(\.fixture))
    }

    @Test("wrong types and missing keys explain themselves in plain words")
    func messages() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("malformed/invalid-clouds.yaml", at: "work/clouds.yaml")
        let catalogue = try sandbox.catalogue()
        let numberURL = try #require(throws: CloudConfigError.self) { try catalogue.select("number-auth-url") }
        #expect(
            numberURL.description
                == "\(file):42:17: clouds.number-auth-url.auth.auth_url must be an http or https URL, "
                + "but it is the number 5000. Change clouds.number-auth-url.auth.auth_url to an http or https URL.")
        let missing = try #require(throws: CloudConfigError.self) { try catalogue.select("missing-auth-url") }
        #expect(
            missing.description
                == "\(file):36:5: cloud missing-auth-url needs clouds.missing-auth-url.auth.auth_url, "
                + "which is not set. Add clouds.missing-auth-url.auth.auth_url to \(file), "
                + "or set the environment variable OS_AUTH_URL.")
        let password = try #require(throws: CloudConfigError.self) { try catalogue.select("no-password") }
        #expect(password.recovery?.sourceText.contains("secure.yaml") == true)
        let topLevel = CloudConfigError.wrongType(
            .file(file, line: 1, column: 1), keyPath: "(top level)", expected: "a map with a clouds: key",
            found: "a list")
        #expect(
            topLevel.description
                == "\(file):1:1: the file must be a map with a clouds: key, but it is a list. "
                + "Rewrite the file as a map with a clouds: key.")
    }
}
