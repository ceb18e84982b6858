import Foundation

/// Compares a response with a fixture by keys and kinds of value (see Fixtures/README.md).
enum ShapeMatcher {
    /// Every difference, as `path: reason`; empty when the shapes agree.
    static func mismatches(expected: JSONValue, actual: JSONValue, path: String = "$") -> [String] {
        switch (expected, actual) {
        case (.null, _):
            return []
        case (.object(let want), .object(let got)):
            guard !want.isEmpty else { return [] }
            var problems: [String] = []
            for key in Set(want.keys).subtracting(got.keys).sorted() { problems.append("\(path).\(key): missing") }
            for key in Set(got.keys).subtracting(want.keys).sorted() { problems.append("\(path).\(key): unexpected") }
            for (key, value) in want {
                if let other = got[key] { problems += mismatches(expected: value, actual: other, path: "\(path).\(key)") }
            }
            return problems
        case (.array(let want), .array(let got)):
            guard let template = want.first else { return [] }
            return got.enumerated().flatMap { mismatches(expected: template, actual: $1, path: "\(path)[\($0)]") }
        default:
            return expected.kind == actual.kind ? [] : ["\(path): expected \(expected.kind), got \(actual.kind)"]
        }
    }

    /// A fixture from the test bundle.
    static func fixture(_ name: String) throws -> JSONValue {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw HarnessError.unexpected("no fixture \(name).json")
        }
        return try JSONValue.parse(Data(contentsOf: url))
    }
}
