/// The key paths a `Decodable` type read while decoding a document, such as `servers[].flavor.ram`.
///
/// Object members are joined with `.`, array elements are `[]`, and the keys of a dictionary
/// (`addresses`, `metadata`, `extra_specs`) are `*`, so that two documents with different network
/// names or metadata still compare.
final class KeyReads {
    private(set) var paths: Set<String> = []

    func record(_ path: String) {
        paths.insert(path)
    }

    /// The paths of objects the client reads as dictionaries (their keys are data, not fields).
    var dictionaryPaths: Set<String> {
        Set(paths.filter { $0.hasSuffix(".*") || $0 == "*" }.map { String($0.dropLast(2)) })
    }

    /// `path` followed by member `key`.
    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
