import Foundation
import Localization

/// Yes/no questions on the terminal; only when both standard input and standard error are one.
struct Prompt {
    /// A prompt when the command runs interactively, else `nil` (scripts get no questions).
    static var interactive: Prompt? {
        isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 ? Prompt() : nil
    }

    /// Asks `question` (which may name a server: it is made terminal-safe); only an answer
    /// starting with y or Y is yes.
    func confirm(_ question: String) -> Bool {
        // nil: every C stream; naming `stdout` is shared mutable state to Swift 6.
        fflush(nil)
        FileHandle.standardError.write(Data((TerminalText.escaped(question) + " [y/N] ").utf8))
        return Self.isYes(readLine(strippingNewline: true))
    }

    /// Whether an answer means yes: it starts with y or Y; no answer (end of input) is no.
    static func isYes(_ answer: String?) -> Bool {
        answer?.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") ?? false
    }
}
