@testable import OpenStackAPI

/// The structure of a JSON document: every key path with the JSON types found there. Arrays are
/// the union of their elements' shapes (`servers[].name`), and the members of objects the client
/// reads as dictionaries are `*` (`servers[].addresses.*[].addr`).
struct JSONShape {
    private(set) var kinds: [String: Set<String>] = [:]

    init(_ node: JSONNode, dictionaryPaths: Set<String>) {
        add(node, at: "", dictionaryPaths)
    }

    var paths: Set<String> { Set(kinds.keys) }

    private mutating func add(_ node: JSONNode, at path: String, _ dictionaries: Set<String>) {
        if !path.isEmpty { kinds[path, default: []].insert(node.kind) }
        switch node {
        case .object(let members):
            let asDictionary = dictionaries.contains(path)
            for (key, value) in members {
                add(value, at: KeyReads.join(path, asDictionary ? "*" : key), dictionaries)
            }
        case .array(let elements):
            for element in elements { add(element, at: path + "[]", dictionaries) }
        default:
            break
        }
    }

    /// The path one level up: `a.b[]` for `a.b[].c`, `a.b` for `a.b[]`.
    static func parent(of path: String) -> String? {
        if path.hasSuffix("[]") { return String(path.dropLast(2)) }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return String(path[..<dot])
    }

    /// The paths none of whose ancestors is also in `paths`, sorted.
    static func topmost(_ paths: Set<String>) -> [String] {
        paths.filter { path in
            var ancestor = parent(of: path)
            while let current = ancestor {
                if paths.contains(current) { return false }
                ancestor = parent(of: current)
            }
            return true
        }.sorted()
    }
}
