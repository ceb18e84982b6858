/// One function of the `exo.*` host API: its contract and its implementation.
///
/// The registry of these (``HostAPI/functions``) is the single description of the API: the
/// runtime installs it, `plugin info` and the SDK reference list it.
struct HostFunction: Sendable {
    /// Dotted name under `exo`, such as `http.request`.
    let name: String
    /// The host API version that added it.
    let since: SemanticVersion
    /// Where it may be called.
    let contexts: Set<CallContext>
    /// The capability kind it needs, if any (checked by the body against the value asked for).
    let capability: String?
    /// One line of documentation.
    let summary: String
    let body: @Sendable (PluginSession, HostCall) throws(HostMisuse) -> HostReply

    /// The public description.
    var info: HostFunctionInfo {
        HostFunctionInfo(
            name: "exo." + name, since: since, contexts: CallContext.allCases.filter(contexts.contains),
            capability: capability, summary: summary)
    }
}

/// The public description of a host function, for docs and `exosphere plugin info`.
public struct HostFunctionInfo: Sendable, Hashable {
    /// Full name, such as `exo.http.request`.
    public let name: String
    /// The host API version that added it.
    public let since: SemanticVersion
    /// Where it may be called.
    public let contexts: [CallContext]
    /// The capability kind it needs, if any.
    public let capability: String?
    /// One line of documentation.
    public let summary: String
}

/// A wrong call from plugin code; becomes a Lua error naming the function.
struct HostMisuse: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

extension HostCall {
    /// The argument at `position`, which must be a table.
    func table(_ position: Int, _ what: String = "a table") throws(HostMisuse) -> LuaValue {
        let value = argument(position)
        guard case .table = value else { throw HostMisuse("argument \(position) must be \(what), got \(value.typeName)") }
        return value
    }

    /// The argument at `position`, which must be a string.
    func string(_ position: Int) throws(HostMisuse) -> String {
        guard let text = argument(position).text else {
            throw HostMisuse("argument \(position) must be a string, got \(argument(position).typeName)")
        }
        return text
    }
}

extension LuaValue {
    /// A required string field of an argument table.
    func requiredText(_ field: String) throws(HostMisuse) -> String {
        guard let text = self[field].text, !text.isEmpty else {
            throw HostMisuse("field \(field) must be a non-empty string, got \(self[field].typeName)")
        }
        return text
    }

    /// A required function field of an argument table.
    func requiredFunction(_ field: String) throws(HostMisuse) -> LuaFunctionReference {
        guard case .function(let function) = self[field] else {
            throw HostMisuse("field \(field) must be a function, got \(self[field].typeName)")
        }
        return function
    }
}
