import Logging
import PluginModel

/// Everything one running plugin has: its Lua state and what it registered.
///
/// Not `Sendable`: the plugin's ``PluginRuntime`` actor owns it. Host function bodies receive it
/// while the actor is running Lua, so they read and change it without crossing isolation.
final class PluginSession {
    enum Kind: String {
        case card = "dashboard card", page, action = "instance action", cloudInitPart = "cloud-init part"

        /// How many of this kind one plugin may register (see ``PluginQuotas``).
        var quota: Int {
            switch self {
            case .card: return PluginQuotas.cards
            case .page: return PluginQuotas.pages
            case .action: return PluginQuotas.actions
            case .cloudInitPart: return PluginQuotas.cloudInitParts
            }
        }
    }

    let manifest: PluginManifest
    let folder: String
    let config: [String: PluginConfigValue]
    let environment: PluginEnvironment
    let logger: Logger
    var handlers: [String: [LuaFunctionReference]] = [:]
    var contributions = PluginContributions()
    var functions: [Kind: [String: LuaFunctionReference]] = [:]
    var providers: [String: PluginProviderFunctions] = [:]
    var views = PluginViews()
    /// The locale `exo.i18n.t` translates into (the environment's, unless a test sets another).
    var locale: String?
    lazy var catalogs: [String: [String: String]] = PluginCatalog.load(folder: folder)
    /// `exo.store`, opened on first use.
    lazy var store: PluginStore = {
        let store = PluginStore(plugin: manifest.id, directory: environment.storeDirectory)
        if let problem = store.problem { logger.warning("plugin store reset", metadata: ["reason": .string(problem)]) }
        return store
    }()
    private(set) var state: LuaState?

    init(manifest: PluginManifest, folder: String, config: [String: PluginConfigValue], environment: PluginEnvironment) {
        self.manifest = manifest
        self.folder = folder
        self.config = config
        self.environment = environment
        self.locale = environment.locale
        var logger = environment.logger
        logger[metadataKey: "plugin"] = .string(manifest.id)
        self.logger = logger
    }

    /// Opens the Lua state and installs the host functions; `false` when Lua cannot start.
    func open() -> Bool {
        guard let state = LuaState(limits: environment.limits) else { return false }
        for function in HostAPI.functions {
            let installed = state.define(function.name) { [unowned self] call in
                self.invoke(function, call)
            }
            guard installed else { return false }
        }
        self.state = state
        return true
    }

    /// Drops the Lua state (and all its memory).
    func close() {
        state = nil
    }

    private func invoke(_ function: HostFunction, _ call: HostCall) -> HostReply {
        let context = call.state.currentContext
        guard function.contexts.contains(context) else {
            let allowed = CallContext.allCases.filter(function.contexts.contains).map(\.rawValue).joined(separator: ", ")
            return .raise("exo.\(function.name): cannot be called in the \(context.rawValue) context (allowed: \(allowed))")
        }
        do {
            return try function.body(self, call)
        } catch {
            return .raise("exo.\(function.name): \(error.message)")
        }
    }

    /// Refuses unless `ui:` in plugin.yaml lists `kind`.
    func require(ui kind: String) throws(HostMisuse) {
        guard manifest.capabilities.ui.contains(kind) else {
            throw HostMisuse("capability ui: \(kind) is not declared in plugin.yaml")
        }
    }

    /// Records a card, page, action or cloud-init part.
    func register(_ kind: Kind, spec: LuaValue, labelField: String, functionField: String, detail: String?) throws(HostMisuse) {
        let id = try spec.requiredText("id")
        let label = try spec.requiredText(labelField)
        let function = try spec.requiredFunction(functionField)
        guard functions[kind]?[id] == nil else { throw HostMisuse("\(kind.rawValue) \(id) is already registered") }
        guard (functions[kind]?.count ?? 0) < kind.quota else {
            throw HostMisuse("a plugin may register at most \(kind.quota) of kind \(kind.rawValue)")
        }
        functions[kind, default: [:]][id] = function
        let contribution = Contribution(id: id, label: label, detail: detail)
        switch kind {
        case .card: contributions.cards.append(contribution)
        case .page: contributions.pages.append(contribution)
        case .action: contributions.actions.append(contribution)
        case .cloudInitPart: contributions.cloudInitParts.append(contribution)
        }
    }

    /// The function behind a contribution, by the kind names the test helper uses.
    func contributionFunction(kind: String, id: String) -> LuaFunctionReference? {
        let kinds: [String: Kind] = ["card": .card, "page": .page, "action": .action, "cloud_init_part": .cloudInitPart]
        return kinds[kind].flatMap { functions[$0]?[id] }
    }
}
