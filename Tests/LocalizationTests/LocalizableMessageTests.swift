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

    @Test(
        "with a limit, a result longer than it is refused before it is built; one that fits is the same as without",
        arguments: [
            ("{x}{x}", ["x": "ab"], 4, "abab"), ("{x}{x}", ["x": "ab"], 3, nil), ("tail {x} end", ["x": "1"], 10, "tail 1 end"),
            ("tail {x} end", ["x": "1"], 9, nil), ("long text", [:], 4, nil), ("{unknown}", ["x": "1"], 9, "{unknown}"),
        ] as [(String, [String: String], Int, String?)])
    func fillsWithinALimit(template: String, arguments: [String: String], limit: Int, expected: String?) {
        #expect(LocalizableMessage.fill(template, with: arguments, limit: limit) == expected)
        if let expected { #expect(LocalizableMessage.fill(template, with: arguments) == expected) }
    }

    @Test("a huge fill is refused quickly rather than built")
    func hugeFillIsRefused() {
        let template = String(repeating: "{x}", count: 100_000)
        let started = ContinuousClock.now
        #expect(LocalizableMessage.fill(template, with: ["x": String(repeating: "y", count: 1_000_000)], limit: 65_536) == nil)
        #expect(ContinuousClock.now - started < .seconds(1))
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
