extension CloudSession {
    /// The one item whose id is `nameOrID`, else the one so named.
    static func pick<Item>(
        _ nameOrID: String, kind: String, from items: [Item], id: (Item) -> String, name: (Item) -> String
    ) throws -> Item {
        if let byID = items.first(where: { id($0) == nameOrID }) { return byID }
        let named = items.filter { name($0) == nameOrID }
        if named.count > 1 { throw CoreError.resource(.ambiguous(kind: kind, nameOrID, matches: named.map(id))) }
        guard let only = named.first else { throw CoreError.resource(.notFound(kind: kind, nameOrID)) }
        return only
    }
}
