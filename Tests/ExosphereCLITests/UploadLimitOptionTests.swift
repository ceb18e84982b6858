import Foundation
import Testing

@Suite("exosphere serve --max-upload-mib")
struct UploadLimitOptionTests {
    @Test("a limit of zero or less is refused before anything starts, saying what is allowed", arguments: ["0", "-5"])
    func refused(value: String) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-upload-limit-\(UUID().uuidString)")
        let runner = CommandRunner(environment: ["HOME": home.path])
        let outcome = try await runner.run(["serve", "--port", "0", "--max-upload-mib=\(value)"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("--max-upload-mib must be between 1 and 1073741824."))
    }
}
