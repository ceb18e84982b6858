import Foundation
import Testing

/// Numbers given on the command line are refused past their bounds before anything starts, with
/// a message that says what is allowed.
@Suite("Option bounds")
struct OptionBoundsTests {
    @Test(
        "a number out of bounds is refused before anything starts, saying what is allowed",
        arguments: [
            (["serve", "--port", "0", "--max-upload-mib=0"], "--max-upload-mib must be between 1 and 1073741824."),
            (["serve", "--port", "0", "--max-upload-mib=-5"], "--max-upload-mib must be between 1 and 1073741824."),
            (["serve", "--port", "0", "--drain-seconds=-1"], "--drain-seconds must be between 0 and 300."),
            (["serve", "--port", "0", "--drain-seconds=301"], "--drain-seconds must be between 0 and 300."),
            (["serve", "--port", "0", "--drain-seconds=\(Int.max)"], "--drain-seconds must be between 0 and 300."),
            (["login", "--callback-port=0"], "--callback-port must be between 1 and 65535."),
            (["login", "--callback-port=65536"], "--callback-port must be between 1 and 65535."),
            (["login", "--timeout=0"], "--timeout must be between 1 and 3600 seconds."),
            (["login", "--timeout=\(Int.min)"], "--timeout must be between 1 and 3600 seconds."),
        ])
    func refused(arguments: [String], message: String) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-bounds-\(UUID().uuidString)")
        let runner = CommandRunner(environment: ["HOME": home.path])
        let outcome = try await runner.run(arguments)
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }
}
