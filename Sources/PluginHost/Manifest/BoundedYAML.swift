import Yams

/// Reading YAML from plugin folders (`plugin.yaml`, test fixtures) with bounds on its size, its
/// nodes and its nesting.
///
/// Yams resolves an alias to the node it names, so `b: [*a, *a, …]` shares one node in the tree
/// but every walk over it visits each copy: ten lines of nested aliases make a billion nodes, and
/// an installed plugin's manifest could stop `exosphere demo` from starting. Here the tree is
/// walked once with a budget, aliases counted every time they appear, before anything reads it.
enum BoundedYAML {
    /// Bytes a file may have (plugin.yaml files in the SDK's examples are under 2 KiB).
    static let maximumBytes = 64 << 10
    /// Nodes the file may expand to, counting a node once for every alias that names it.
    static let maximumNodes = 10_000
    /// How deeply lists and maps may nest.
    static let maximumDepth = 32

    /// Why a file was refused (a sentence without a final period).
    struct Refusal: Error {
        let reason: String
    }

    /// The file's single document, or `nil` when it holds none.
    static func compose(_ text: String) throws(Refusal) -> Node? {
        guard text.utf8.count <= maximumBytes else {
            throw Refusal(reason: "it is larger than \(maximumBytes / 1024) KiB")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Refusal(reason: "it is not valid YAML (\(error))")
        }
        guard let root else { return nil }
        var budget = maximumNodes
        try measure(root, depth: 0, budget: &budget)
        return root
    }

    private static func measure(_ node: Node, depth: Int, budget: inout Int) throws(Refusal) {
        budget -= 1
        guard budget >= 0 else {
            throw Refusal(reason: "it expands to more than \(maximumNodes) values (through its aliases?)")
        }
        guard depth <= maximumDepth else { throw Refusal(reason: "it nests lists and maps more than \(maximumDepth) levels deep") }
        switch node {
        case .scalar, .alias: return
        case .sequence(let sequence):
            for item in sequence { try measure(item, depth: depth + 1, budget: &budget) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try measure(key, depth: depth + 1, budget: &budget)
                try measure(value, depth: depth + 1, budget: &budget)
            }
        }
    }
}
