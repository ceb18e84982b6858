import PluginModel

extension HostAPI {
    static let providerFunctions: [HostFunction] = [
        HostFunction(
            name: "providers.register", since: v1_0, contexts: [.load], capability: "providers",
            summary: "Registers a non-OpenStack provider: { id, name, list_instances, create, delete, action, sizes, images }."
        ) { session, call throws(HostMisuse) in
            let spec = try call.table(1)
            let id = try spec.requiredText("id")
            guard session.manifest.capabilities.providers.contains(id) else {
                throw HostMisuse("provider \"\(id)\" is not in capability providers of plugin.yaml")
            }
            guard session.providers[id] == nil else { throw HostMisuse("provider \(id) is already registered") }
            var functions: [ProviderOperation: LuaFunctionReference] = [:]
            for operation in ProviderOperation.allCases {
                let function = try spec.requiredFunction(operation.rawValue)
                call.keep(function)
                functions[operation] = function
            }
            session.providers[id] = PluginProviderFunctions(functions: functions)
            session.contributions.providers.append(ProviderInfo(id: id, name: try spec.requiredText("name")))
            return .values([])
        }
    ]
}

/// The small contract a plugin provider implements (each a Lua function of the registration table).
public enum ProviderOperation: String, Sendable, Hashable, CaseIterable {
    /// `list_instances()` → list of `{ id, name, status, size, image, addresses }`.
    case listInstances = "list_instances"
    /// `create{ name, size, image }` → the new instance.
    case create
    /// `delete(id)` → true or nil, err.
    case delete
    /// `action(id, name)` for `start`, `stop`, `reboot` → true or nil, err.
    case action
    /// `sizes()` → list of `{ id, name, vcpus, ram_mib }`.
    case sizes
    /// `images()` → list of `{ id, name }`.
    case images
}

extension ProviderOperation {
    /// The call and what it returns, for the reference (`?` marks a field that may be absent).
    public var contract: (call: String, returns: String) {
        switch self {
        case .listInstances:
            ("list_instances()", "a list of `{ id, name?, status, size?, image?, addresses? }`; `status` in Nova's words (`ACTIVE`, `SHUTOFF`, `BUILD`, `ERROR`…), `addresses` a list of text")
        case .create: ("create{ name, size, image }", "the new instance, as one item of `list_instances`")
        case .delete: ("delete(id)", "`true`")
        case .action: ("action(id, name)", "`true`; `name` is `start`, `stop` or `reboot`")
        case .sizes: ("sizes()", "a list of `{ id, name?, vcpus?, ram_mib? }`")
        case .images: ("images()", "a list of `{ id, name? }`")
        }
    }
}

/// The Lua functions behind one registered provider.
struct PluginProviderFunctions {
    let functions: [ProviderOperation: LuaFunctionReference]
}
