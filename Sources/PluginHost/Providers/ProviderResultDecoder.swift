public import ExosphereCore

/// Reads what a provider operation returned into the typed models, naming the field that is
/// wrong (`result[2].status`) when the shape is not the contract's.
public struct ProviderResultDecoder: Sendable {
    /// The plugin that registered the provider.
    public let plugin: String
    /// The provider id.
    public let provider: String
    /// The operation whose results these are.
    public let operation: ProviderOperation

    /// A decoder for one operation's results.
    public init(plugin: String, provider: String, operation: ProviderOperation) {
        self.plugin = plugin
        self.provider = provider
        self.operation = operation
    }

    /// The first result, or ``ProviderError/refused`` when the provider answered `nil, err`
    /// (an error table `{ code, message }` or a string).
    public func value(_ results: [LuaValue]) throws(ProviderError) -> LuaValue {
        let first = results.first ?? .nil
        guard first == .nil || first == .boolean(false) else { return first }
        let error = results.count > 1 ? results[1] : .nil
        switch error {
        case .nil:
            if first == .boolean(false) || operation == .delete || operation == .action {
                throw refused(code: nil, reason: "it returned \(first.typeName) without an error")
            }
            throw invalid("result", "expected \(expectedShape), got nil")
        case .string(let text):
            throw refused(code: nil, reason: text.text)
        default:
            let reason = error["message"].text ?? error.text ?? "no message"
            throw refused(code: error["code"].text, reason: reason)
        }
    }

    /// `list_instances()`'s list.
    public func instances(_ results: [LuaValue]) throws(ProviderError) -> [ProviderInstance] {
        var instances: [ProviderInstance] = []
        for (index, item) in try list(value(results)).enumerated() {
            instances.append(try instance(item, field: "result[\(index + 1)]"))
        }
        return instances
    }

    /// `create{…}`'s new instance.
    public func createdInstance(_ results: [LuaValue]) throws(ProviderError) -> ProviderInstance {
        try instance(value(results), field: "result")
    }

    /// `delete(id)` or `action(id, name)`: any value but `nil` and `false` is success.
    public func done(_ results: [LuaValue]) throws(ProviderError) {
        _ = try value(results)
    }

    /// `sizes()`'s list.
    public func sizes(_ results: [LuaValue]) throws(ProviderError) -> [ProviderSize] {
        var sizes: [ProviderSize] = []
        for (index, item) in try list(value(results)).enumerated() {
            let field = "result[\(index + 1)]"
            try table(item, field: field)
            let id = try identifier(item["id"], field: field + ".id")
            sizes.append(ProviderSize(
                id: id, name: try optionalText(item["name"], field: field + ".name") ?? id,
                vcpus: try optionalCount(item["vcpus"], field: field + ".vcpus"),
                ramMiB: try optionalCount(item["ram_mib"], field: field + ".ram_mib")))
        }
        return sizes
    }

    /// `images()`'s list.
    public func images(_ results: [LuaValue]) throws(ProviderError) -> [ProviderImage] {
        var images: [ProviderImage] = []
        for (index, item) in try list(value(results)).enumerated() {
            let field = "result[\(index + 1)]"
            try table(item, field: field)
            let id = try identifier(item["id"], field: field + ".id")
            images.append(ProviderImage(id: id, name: try optionalText(item["name"], field: field + ".name") ?? id))
        }
        return images
    }

    // MARK: Shapes

    private var expectedShape: String {
        switch operation {
        case .listInstances, .sizes, .images: "a list"
        case .create: "a table"
        case .delete, .action: "true"
        }
    }

    private func instance(_ value: LuaValue, field: String) throws(ProviderError) -> ProviderInstance {
        try table(value, field: field)
        let id = try identifier(value["id"], field: field + ".id")
        guard let status = value["status"].text, !status.isEmpty else {
            throw invalid(field + ".status", "expected text, got \(value["status"].typeName)")
        }
        var addresses: [String] = []
        switch value["addresses"] {
        case .nil: break
        case .table:
            for (index, address) in value["addresses"].listItems.enumerated() {
                guard let text = address.text else {
                    throw invalid(field + ".addresses[\(index + 1)]", "expected text, got \(address.typeName)")
                }
                addresses.append(text)
            }
        case let other: throw invalid(field + ".addresses", "expected a list of text, got \(other.typeName)")
        }
        return ProviderInstance(
            id: id, name: try optionalText(value["name"], field: field + ".name") ?? id, status: status,
            size: try optionalText(value["size"], field: field + ".size"),
            image: try optionalText(value["image"], field: field + ".image"), addresses: addresses)
    }

    private func list(_ value: LuaValue) throws(ProviderError) -> [LuaValue] {
        guard case .table(let entries) = value else { throw invalid("result", "expected a list, got \(value.typeName)") }
        let items = value.listItems
        guard items.count == entries.count else { throw invalid("result", "expected a list, got a table with other keys") }
        return items
    }

    private func table(_ value: LuaValue, field: String) throws(ProviderError) {
        guard case .table = value else { throw invalid(field, "expected a table, got \(value.typeName)") }
    }

    /// An id: text, or an integer written as text.
    private func identifier(_ value: LuaValue, field: String) throws(ProviderError) -> String {
        switch value {
        case .string(let text) where !text.bytes.isEmpty: return text.text
        case .integer(let number): return String(number)
        default: throw invalid(field, "expected text, got \(value == .text("") ? "empty text" : value.typeName)")
        }
    }

    private func optionalText(_ value: LuaValue, field: String) throws(ProviderError) -> String? {
        switch value {
        case .nil: return nil
        case .string(let text): return text.text.isEmpty ? nil : text.text
        default: throw invalid(field, "expected text, got \(value.typeName)")
        }
    }

    private func optionalCount(_ value: LuaValue, field: String) throws(ProviderError) -> Int? {
        switch value {
        case .nil: return nil
        case .integer(let number) where number >= 0: return Int(number)
        case .number(let number) where number >= 0 && number == number.rounded() && number < 1e15: return Int(number)
        default: throw invalid(field, "expected a whole number of at least 0, got \(value.typeName)")
        }
    }

    private func refused(code: String?, reason: String) -> ProviderError {
        .refused(plugin: plugin, provider: provider, operation: operation.rawValue, code: code, reason: reason)
    }

    private func invalid(_ field: String, _ problem: String) -> ProviderError {
        .invalidResult(plugin: plugin, provider: provider, operation: operation.rawValue, field: field, problem: problem)
    }
}
