import Yams

/// Writing a ``ConfigNode`` tree back as YAML, for the settings Exosphere edits itself.
extension ConfigNode {
    /// The tree as YAML text. Values keep their types and order; comments, anchors and quoting
    /// styles are not kept, as the tree does not hold them.
    func yamlText() throws(CloudConfigError) -> String {
        do {
            return try Yams.serialize(node: yamsNode)
        } catch {
            throw .unwritableFile(path: location.file ?? "", reason: "the settings could not be written as YAML")
        }
    }

    private var yamsNode: Node {
        switch value {
        case .scalar(let text, .string):
            // Quoted when the text would otherwise read back as a number, boolean or null.
            return .scalar(text.represented())
        case .scalar(let text, let kind):
            return .scalar(Node.Scalar(text, Tag(Self.tagName(kind))))
        case .list(let items):
            return .sequence(Node.Sequence(items.map(\.yamsNode)))
        case .map(let entries):
            return .mapping(Node.Mapping(entries.map { (Node.scalar($0.key.represented()), $0.node.yamsNode) }))
        }
    }

    private static func tagName(_ kind: ScalarKind) -> Tag.Name {
        switch kind {
        case .string: return .str
        case .integer: return .int
        case .float: return .float
        case .boolean: return .bool
        case .null: return .null
        }
    }
}
