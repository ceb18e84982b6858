import Testing

@testable import Localization

/// The parts of a ``LocalizationError`` a malformed-file test checks, without the path.
enum LocalizationErrorShape: Equatable, Sendable, CustomTestStringConvertible {
    case unterminatedString(line: Int)
    case invalidEscape(line: Int, sequence: String)
    case unexpectedLine(line: Int)
    case misplacedKeyword(line: Int, keyword: String)
    case incompleteEntry(line: Int, missing: String)
    case duplicateMessage(line: Int, firstLine: Int)
    case other(String)

    init(_ error: LocalizationError, path expectedPath: String) {
        switch error {
        case .unterminatedString(let path, let line) where path == expectedPath:
            self = .unterminatedString(line: line)
        case .invalidEscape(let path, let line, let sequence) where path == expectedPath:
            self = .invalidEscape(line: line, sequence: sequence)
        case .unexpectedLine(let path, let line, _) where path == expectedPath:
            self = .unexpectedLine(line: line)
        case .misplacedKeyword(let path, let line, let keyword) where path == expectedPath:
            self = .misplacedKeyword(line: line, keyword: keyword)
        case .incompleteEntry(let path, let line, let missing) where path == expectedPath:
            self = .incompleteEntry(line: line, missing: missing)
        case .duplicateMessage(let path, let line, _, let firstLine) where path == expectedPath:
            self = .duplicateMessage(line: line, firstLine: firstLine)
        default:
            self = .other("\(error)")
        }
    }

    var testDescription: String { "\(self)" }
}
