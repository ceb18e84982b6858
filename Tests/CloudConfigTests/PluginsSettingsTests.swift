import CloudConfig
import Testing

struct PluginsSettingsTests {
    @Test("plugins are on by default and each is off until enabled")
    func defaults() throws {
        let sandbox = try Sandbox()
        let settings = try ExosphereSettings.load(from: sandbox.sources())
        #expect(settings.plugins == PluginsSettings())
        #expect(!settings.plugins.isEnabled("support-tickets"))
    }

    @Test("each plugin's section keeps its switch and typed config")
    func pluginSections() throws {
        let sandbox = try Sandbox()
        try sandbox.install("settings/plugins.yaml", at: "home/.config/exosphere/config.yaml")
        let plugins = try ExosphereSettings.load(from: sandbox.sources()).plugins
        #expect(plugins.isEnabled("support-tickets"))
        #expect(!plugins.isEnabled("skin-example"))
        #expect(
            plugins.plugins["support-tickets"]?.config == [
                "endpoint": .string("https://support.example.edu"), "retries": .integer(2), "ratio": .number(0.5),
                "attach_console_log": .boolean(false), "queues": .list([.string("a"), .string("b")]),
            ])
    }

    @Test("a typo inside a plugin's section is an error naming the key")
    func typo() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/plugins-typo.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(
            throws: CloudConfigError.unknownKey(
                .file(file, line: 3, column: 5), keyPath: "plugins.support-tickets.enabeld", suggestion: "enabled",
                known: ["enabled", "config", "serves_visitors"])
        ) { try ExosphereSettings.load(from: sandbox.sources()) }
    }

    @Test("a key that is not a plugin id is an error")
    func badID() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/plugins-bad-id.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(
            throws: CloudConfigError.unknownKey(
                .file(file, line: 2, column: 3), keyPath: "plugins.Support_Tickets", suggestion: nil,
                known: ["enabled", "a plugin id such as support-tickets"])
        ) { try ExosphereSettings.load(from: sandbox.sources()) }
    }
}
