extension LocatedValue {
    /// The items of a list, each with the key path `key[index]`; `nil` when absent.
    public func list() throws(CloudConfigError) -> [LocatedValue]? {
        if node.isNull { return nil }
        guard case .list(let items) = node.value else { throw wrongType(expected: "a list") }
        return items.enumerated().map { LocatedValue(node: $1, keyPath: "\(keyPath)[\($0)]") }
    }

    /// A list of texts, such as `[ubuntu, rocky]`; `nil` when absent.
    public func texts() throws(CloudConfigError) -> [String]? {
        guard let items = try list() else { return nil }
        var texts: [String] = []
        for item in items {
            guard let text = try item.text() else { throw item.wrongType(expected: "text") }
            texts.append(text)
        }
        return texts
    }
}
