import Foundation
import Testing

/// Error messages in the language of the user's locale variables.
struct LocalizedErrorTests {
    /// Runs `exosphere server list` for a cloud that is not configured: a user-facing error.
    private func failForUnknownCloud(_ locale: [String: String]) async throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-l10n-\(UUID().uuidString)")
        // A clouds.yaml of its own, so the error is "no cloud of that name" on any machine, not
        // "no cloud configured" where /etc/openstack has none.
        let config = home.appendingPathComponent(".config/openstack", isDirectory: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "clouds:\n  lab:\n    auth:\n      auth_url: https://keystone.test:5000/v3\n".write(
            to: config.appendingPathComponent("clouds.yaml"), atomically: true, encoding: .utf8)
        let outcome = try await CommandRunner(environment: locale.merging(["HOME": home.path]) { $1 }).run(["server", "list", "--os-cloud", "no-such-cloud"])
        #expect(outcome.status == 1)
        return outcome.standardError
    }

    @Test("LANG=es_ES.UTF-8 prints the error and its hint in Spanish")
    func spanish() async throws {
        let output = try await failForUnknownCloud(["LANG": "es_ES.UTF-8"])
        #expect(output.contains("error: No hay ninguna nube llamada no-such-cloud."), "\(output)")
        #expect(output.contains("hint: Elija una de estas nubes"))
        #expect(!output.contains("There is no cloud"))
    }

    @Test("LANGUAGE lists fallbacks; C and unknown languages print English", arguments: [
        (["LANGUAGE": "de:es", "LANG": "de_DE.UTF-8"], "No hay ninguna nube llamada"),
        (["LANG": "C.UTF-8"], "There is no cloud named no-such-cloud."),
        (["LANG": "de_DE.UTF-8"], "There is no cloud named no-such-cloud."),
        ([:], "There is no cloud named no-such-cloud."),
    ])
    func fallbacks(locale: [String: String], expected: String) async throws {
        let output = try await failForUnknownCloud(locale)
        #expect(output.contains(expected), "\(output)")
    }
}
