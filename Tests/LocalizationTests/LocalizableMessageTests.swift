import Testing

@testable import Localization

struct LocalizableMessageTests {
    @Test(
        "placeholders are filled by name; unknown or unclosed ones stay as written",
        arguments: [
            ("Cloud {cloud} not found.", ["cloud": "tacc"], "Cloud tacc not found."),
            ("{a} and {b}", ["a": "1", "b": "2"], "1 and 2"),
            ("{missing} stays", [:], "{missing} stays"),
            ("unclosed {brace", ["brace": "x"], "unclosed {brace"),
            ("no placeholders", ["x": "y"], "no placeholders"),
            ("{x}{x}", ["x": "ab"], "abab"),
        ])
    func fillsPlaceholders(template: String, arguments: [String: String], expected: String) {
        #expect(LocalizableMessage(template, arguments).sourceText == expected)
    }

    struct SampleError: UserFacingError {
        var message: LocalizableMessage { LocalizableMessage("Quota exceeded for {what}.", ["what": "cores"]) }
        var recovery: LocalizableMessage? { LocalizableMessage("Delete an instance or ask for more.") }
    }

    @Test("a user-facing error describes itself as message then recovery")
    func userFacingDescription() {
        #expect("\(SampleError())" == "Quota exceeded for cores. Delete an instance or ask for more.")
    }
}
