import CloudConfig
import Localization
import Testing

struct ExosphereSettingsTests {
    @Test("without a settings file the defaults apply")
    func defaults() throws {
        let sandbox = try Sandbox()
        let settings = try ExosphereSettings.load(from: sandbox.sources())
        #expect(settings.source == nil)
        #expect(
            settings.tokenCache
                == TokenCacheSettings(directory: sandbox.home + "/.cache/exosphere/tokens", enabled: true))
        #expect(settings.http == HTTPSettings(timeout: .seconds(30), connectTimeout: .seconds(10)))
        #expect(settings.ui == UISettings(bind: "127.0.0.1", port: 8080, theme: "default", locale: nil))
        #expect(settings == ExosphereSettings(homeDirectory: sandbox.home))
    }

    @Test("every key can be set")
    func everyKey() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/full.yaml", at: "home/.config/exosphere/config.yaml")
        let settings = try ExosphereSettings.load(from: sandbox.sources())
        #expect(settings.source == file)
        #expect(settings.tokenCache == TokenCacheSettings(directory: sandbox.home + "/tokens", enabled: false))
        #expect(settings.http == HTTPSettings(timeout: .seconds(90), connectTimeout: .milliseconds(2500)))
        #expect(settings.ui == UISettings(bind: "0.0.0.0", port: 9090, theme: "jetstream-dark", locale: "pt_BR"))
    }

    @Test("unset keys keep their defaults", arguments: ["settings/partial.yaml", "settings/empty.yaml"])
    func partial(fixture: String) throws {
        let sandbox = try Sandbox()
        try sandbox.install(fixture, at: "etc/exosphere/config.yaml")
        var expected = ExosphereSettings(homeDirectory: sandbox.home)
        expected.source = sandbox.etc + "/exosphere/config.yaml"
        if fixture.hasSuffix("partial.yaml") {
            expected.ui.port = 8443
        }
        #expect(try ExosphereSettings.load(from: sandbox.sources()) == expected)
    }

    @Test("EXOSPHERE_CONFIG, then ~/.config/exosphere, then /etc/exosphere")
    func filePrecedence() throws {
        let sandbox = try Sandbox()
        let system = try sandbox.install("settings/partial.yaml", at: "etc/exosphere/config.yaml")
        #expect(try ExosphereSettings.file(in: sandbox.sources()) == system)
        let user = try sandbox.install("settings/full.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(try ExosphereSettings.file(in: sandbox.sources()) == user)
        let named = try sandbox.install("settings/empty.yaml", at: "work/exo.yaml")
        #expect(try ExosphereSettings.file(in: sandbox.sources(["EXOSPHERE_CONFIG": "exo.yaml"])) == named)
        #expect(throws: CloudConfigError.fileNotFound(path: sandbox.work + "/nope.yaml", variable: "EXOSPHERE_CONFIG"))
        {
            try ExosphereSettings.load(from: sandbox.sources(["EXOSPHERE_CONFIG": "nope.yaml"]))
        }
    }

    /// A broken settings file, and the error it must give.
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let error: @Sendable (String) -> CloudConfigError
        var testDescription: String { fixture }
    }

    static let errorCases: [Case] = [
        Case(fixture: "typo.yaml") {
            .unknownKey(
                .file($0, line: 3, column: 3), keyPath: "ui.prot", suggestion: "port",
                known: ["bind", "port", "theme", "locale", "announcements", "public_url", "cloud_hosts", "private_cloud_addresses"])
        },
        Case(fixture: "unknown-section.yaml") {
            .unknownKey(
                .file($0, line: 3, column: 1), keyPath: "frobnicate", suggestion: nil,
                known: ["token_cache", "http", "ui", "plugins", "launch", "localization", "hosting"])
        },
        Case(fixture: "dashed-key.yaml") {
            .unknownKey(
                .file($0, line: 2, column: 3), keyPath: "http.timeout-seconds", suggestion: "timeout_seconds",
                known: ["timeout_seconds", "connect_timeout_seconds"])
        },
        Case(fixture: "port-range.yaml") {
            .outOfRange(
                .file($0, line: 2, column: 9), keyPath: "ui.port", value: "70000", minimum: "1", maximum: "65535")
        },
        Case(fixture: "relative-directory.yaml") {
            .relativePath(.file($0, line: 2, column: 14), keyPath: "token_cache.directory", value: "tokens")
        },
        Case(fixture: "section-is-list.yaml") {
            .wrongType(.file($0, line: 2, column: 3), keyPath: "http", expected: "a map", found: "a list")
        },
        Case(fixture: "theme-path.yaml") {
            .wrongType(
                .file($0, line: 2, column: 10), keyPath: "ui.theme",
                expected: "a theme name (letters, digits, - and _)",
                found: "text")
        },
        Case(fixture: "enabled-number.yaml") {
            .wrongType(
                .file($0, line: 2, column: 12), keyPath: "token_cache.enabled", expected: "true or false",
                found: "the number 2")
        },
        Case(fixture: "zero-timeout.yaml") {
            .outOfRange(
                .file($0, line: 2, column: 28), keyPath: "http.connect_timeout_seconds", value: "0", minimum: "0.001",
                maximum: "86400")
        },
    ]

    @Test("a wrong settings file is an error naming the file, line and key", arguments: errorCases)
    func errors(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/" + testCase.fixture, at: "home/.config/exosphere/config.yaml")
        #expect(throws: testCase.error(file)) {
            try ExosphereSettings.load(from: sandbox.sources())
        }
    }

    @Test("a typo gets a did-you-mean hint")
    func typoMessage() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/typo.yaml", at: "home/.config/exosphere/config.yaml")
        let error = try #require(throws: CloudConfigError.self) { try ExosphereSettings.load(from: sandbox.sources()) }
        #expect(error.message.sourceText == "\(file):3:3: ui.prot: unknown key; did you mean port?")
        #expect(
            error.recovery?.sourceText == "Correct or remove the key. Keys allowed here: bind, port, theme, locale, announcements, public_url, cloud_hosts, private_cloud_addresses.")
    }
}
