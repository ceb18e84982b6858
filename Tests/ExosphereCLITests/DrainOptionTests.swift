import Foundation
import Testing

@Suite("exosphere serve --drain-seconds")
struct DrainOptionTests {
    @Test("a drain below zero or above five minutes is refused before anything starts, saying what is allowed", arguments: ["-1", "301"])
    func refused(value: String) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-drain-\(UUID().uuidString)")
        let runner = CommandRunner(environment: ["HOME": home.path])
        let outcome = try await runner.run(["serve", "--port", "0", "--drain-seconds=\(value)"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("--drain-seconds must be between 0 and 300."))
    }
}
