import Testing

@testable import ExosphereCLI

struct PromptTests {
    @Test("only an answer starting with y is yes; an empty answer or end of input is no", arguments: [
        ("y", true), ("Yes", true), ("  yes please", true), ("", false), ("n", false), ("no", false), (nil, false),
    ] as [(String?, Bool)])
    func answers(answer: String?, yes: Bool) {
        #expect(Prompt.isYes(answer) == yes)
    }
}
