import CloudConfig
import Foundation
import Testing

/// `exosphere plugin enable` and `disable` edit the settings file through the same YAML reader.
struct SettingsEditingTests {
    @Test("enabling writes the plugins section and keeps the other settings")
    func enablingWritesThePluginsSection() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("home/.config/exosphere/config.yaml")
        try FileManager.default.createDirectory(atPath: sandbox.path("home/.config/exosphere"), withIntermediateDirectories: true)
        try "ui:\n  port: 9090\n".write(toFile: path, atomically: true, encoding: .utf8)
        try ExosphereSettings.setPluginEnabled(true, plugin: "sandbox", in: path)
        try ExosphereSettings.setPluginEnabled(false, plugin: "ticket-demo", in: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("port: 9090"))
        #expect(text.contains("sandbox:\n    enabled: true"))
        #expect(text.contains("ticket-demo:\n    enabled: false"))
        let settings = try ExosphereSettings.load(from: sandbox.sources())
        #expect(settings.ui.port == 9090)
        #expect(settings.plugins.plugins["sandbox"]?.enabled == true)
        #expect(settings.plugins.plugins["ticket-demo"]?.enabled == false)
    }

    @Test("values keep their types when the file is written back: quoted numbers stay text")
    func typesSurviveTheRewrite() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("home/.config/exosphere/config.yaml")
        try FileManager.default.createDirectory(atPath: sandbox.path("home/.config/exosphere"), withIntermediateDirectories: true)
        let written = "plugins:\n  support-tickets:\n    config:\n      queue: \"123\"\n      retries: 2\n      flag: 'yes'\n"
        try written.write(toFile: path, atomically: true, encoding: .utf8)
        try ExosphereSettings.setPluginEnabled(true, plugin: "support-tickets", in: path)
        let plugin = try #require(try ExosphereSettings.load(from: sandbox.sources()).plugins.plugins["support-tickets"])
        #expect(plugin.enabled)
        #expect(plugin.config == ["queue": .string("123"), "retries": .integer(2), "flag": .string("yes")])
    }

    @Test("a settings file that is not a map is not overwritten, and the error names the line")
    func refusesAFileThatIsNotAMap() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("home/config.yaml")
        try "- just\n- a list\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: CloudConfigError.self) {
            try ExosphereSettings.setPluginEnabled(true, plugin: "sandbox", in: path)
        }
        #expect(error.location == .file(path, line: 1, column: 1))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "- just\n- a list\n")
    }
}
