import Localization
import Logging
import Metrics
public import PluginModel

/// One plugin's serial executor: it owns the plugin's Lua state and runs every entry into it.
///
/// Entries run as coroutines; while one waits for the network (`exo.http.request`) others may
/// run, but never two at once. A Lua error, a runaway loop, exhausted memory or a timeout stops the
/// plugin: its state is dropped and ``status`` becomes `.failed` with the reason.
public actor PluginRuntime {
    /// The manifest the plugin was loaded from.
    public nonisolated let manifest: PluginManifest
    /// The plugin's folder.
    public nonisolated let folder: String
    /// Running, or failed with the reason.
    public private(set) var status: PluginStatus = .stopped
    private let session: PluginSession
    private nonisolated let executor: PluginExecutor
    /// How long each call into the plugin takes (`exosphere_plugin_call_duration_seconds`, by
    /// plugin: the operator's installed ones, so the labels stay few).
    private nonisolated let callTimer: Metrics.Timer

    /// The plugin's own queue (see ``PluginExecutor``).
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// Prepares a plugin whose manifest and config were already checked (see ``PluginLoader``).
    public init(manifest: PluginManifest, folder: String, config: [String: PluginConfigValue], environment: PluginEnvironment) {
        self.manifest = manifest
        self.folder = folder
        self.session = PluginSession(manifest: manifest, folder: folder, config: config, environment: environment)
        self.executor = PluginExecutor(plugin: manifest.id)
        self.callTimer = Metrics.Timer(label: "exosphere_plugin_call_duration_seconds", dimensions: [("plugin", manifest.id)])
    }

    /// The bytes of `name`, a file directly in the plugin's folder, or `nil` when it is missing,
    /// larger than 4 MiB, or a symbolic link that leads outside the folder.
    public nonisolated func asset(named name: String) -> [UInt8]? {
        PluginFiles.asset(name, in: folder)
    }

    /// Opens the Lua state, runs the prelude and `init.lua` in the `load` context.
    @discardableResult
    public func start() async -> PluginStatus {
        guard case .stopped = status else { return status }
        guard session.open(), let state = session.state else {
            status = .failed(.stateUnavailable(plugin: manifest.id))
            return status
        }
        guard let source = PluginFiles.text("init.lua", in: folder) else {
            return fail(LuaFailure(kind: .error, message: "init.lua is missing or not readable"))
        }
        do {
            _ = try await runChunk(PluginPrelude.source, name: "=prelude", context: .load, passHostTable: true, state: state)
            _ = try await runChunk(source, name: "@init.lua", context: .load, passHostTable: false, state: state)
        } catch {
            return fail(error)
        }
        status = .running
        return status
    }

    /// What the plugin registered (empty unless running).
    public var contributions: PluginContributions {
        var contributions = session.contributions
        if manifest.capabilities.ui.contains("locale") { contributions.catalogs = session.catalogs }
        return contributions
    }

    /// Bytes of Lua memory the plugin uses now.
    public var memoryUsed: Int { session.state?.memoryUsed ?? 0 }

    /// Gives the plugin a new snapshot of the core's state for `exo.<view>.get`.
    public func update(views: PluginViews) {
        session.views = views
    }

    /// Calls every handler of `event` with `payload`, in registration order.
    public func emit(_ event: String, payload: LuaValue) async throws(PluginError) {
        for handler in session.handlers[event] ?? [] {
            _ = try await call(handler, arguments: [payload], context: .handler)
        }
    }

    /// Renders a dashboard card into a view model; `locale` (a BCP 47 tag) is the language
    /// `exo.i18n.t` translates into during this call (`nil`: the environment's).
    public func render(card id: String, context: LuaValue = .nil, locale: String? = nil) async throws(PluginError) -> ViewNode {
        try await renderView(.card, id: id, context: context, locale: locale)
    }

    /// Renders a page into a view model; `locale` as for cards.
    public func render(page id: String, context: LuaValue = .nil, locale: String? = nil) async throws(PluginError) -> ViewNode {
        try await renderView(.page, id: id, context: context, locale: locale)
    }

    /// Runs an instance action with the instance's view; returns what the action returned.
    public func runAction(_ id: String, instance: LuaValue) async throws(PluginError) -> LuaValue {
        try await actionResults(id, instance: instance).first ?? .nil
    }

    /// Runs an instance action; returns every value it returned (`result` or `nil, err`).
    public func actionResults(_ id: String, instance: LuaValue) async throws(PluginError) -> [LuaValue] {
        let function = try contribution(.action, id: id)
        return try await call(function, arguments: [instance], context: .handler)
    }

    /// The text of a cloud-init part for a launch request.
    public func cloudInitPart(_ id: String, request: LuaValue) async throws(PluginError) -> String {
        let function = try contribution(.cloudInitPart, id: id)
        let result = try await call(function, arguments: [request], context: .render).first ?? .nil
        guard let text = result.text else {
            throw .invalidResult(plugin: manifest.id, function: "cloud-init part \(id)", problem: "expected text, got \(result.typeName)")
        }
        return text
    }

    /// Calls an operation of a provider the plugin registered; returns its results (`value` or `nil, err`).
    public func callProvider(_ id: String, _ operation: ProviderOperation, arguments: [LuaValue] = []) async throws(PluginError) -> [LuaValue] {
        guard let provider = session.providers[id], let function = provider.functions[operation] else {
            throw .unknownContribution(plugin: manifest.id, kind: "provider", id: id)
        }
        return try await call(function, arguments: arguments, context: .provider)
    }

    /// Runs a chunk of Lua inside the plugin, in `context` (tests and `plugin test` use this).
    public func evaluate(_ code: String, name: String = "=evaluate", context: CallContext = .handler) async throws(PluginError) -> [LuaValue] {
        try await evaluate(code, name: name, context: context, passHostTable: false)
    }

    func evaluate(_ code: String, name: String, context: CallContext, passHostTable: Bool) async throws(PluginError) -> [LuaValue] {
        let state = try running()
        do {
            return try await runChunk(code, name: name, context: context, passHostTable: passHostTable, state: state)
        } catch {
            fail(error)
            throw .pluginFailed(plugin: manifest.id, failure: error)
        }
    }

    private func renderView(_ kind: PluginSession.Kind, id: String, context: LuaValue, locale: String?) async throws(PluginError) -> ViewNode {
        let function = try contribution(kind, id: id)
        // Render functions cannot wait on the network, so no other entry runs with this locale.
        let environmentLocale = session.locale
        if let locale { session.locale = locale }
        defer { session.locale = environmentLocale }
        let result = try await call(function, arguments: [context], context: .render).first ?? .nil
        do {
            return try ViewNode.parse(result)
        } catch {
            throw .invalidResult(plugin: manifest.id, function: "\(kind.rawValue) \(id)", problem: error.message)
        }
    }

    private func contribution(_ kind: PluginSession.Kind, id: String) throws(PluginError) -> LuaFunctionReference {
        _ = try running()
        guard let function = session.functions[kind]?[id] else {
            throw .unknownContribution(plugin: manifest.id, kind: kind.rawValue, id: id)
        }
        return function
    }

    private func running() throws(PluginError) -> LuaState {
        switch status {
        case .failed(let error): throw .pluginUnavailable(plugin: manifest.id, reason: error.message.sourceText)
        case .stopped: throw .pluginUnavailable(plugin: manifest.id, reason: "it has not been started")
        case .running:
            guard let state = session.state else { throw .pluginUnavailable(plugin: manifest.id, reason: "its state is closed") }
            return state
        }
    }

    private func call(_ function: LuaFunctionReference, arguments: [LuaValue], context: CallContext) async throws(PluginError) -> [LuaValue] {
        let state = try running()
        let started = ContinuousClock.now
        let result = await state.run(function, arguments: arguments, context: context)
        callTimer.record(duration: ContinuousClock.now - started)
        switch result {
        case .success(let values): return values
        case .failure(let failure):
            fail(failure)
            throw .pluginFailed(plugin: manifest.id, failure: failure)
        }
    }

    private func runChunk(
        _ code: String, name: String, context: CallContext, passHostTable: Bool, state: LuaState
    ) async throws(LuaFailure) -> [LuaValue] {
        let compiled = state.compile(code, chunkName: name)
        guard case .success(let function) = compiled else {
            if case .failure(let failure) = compiled { throw failure }
            return []
        }
        defer { state.release(function) }
        return try await state.run(function, arguments: [], context: context, passHostTable: passHostTable).get()
    }

    @discardableResult
    private func fail(_ failure: LuaFailure) -> PluginStatus {
        status = .failed(.pluginFailed(plugin: manifest.id, failure: failure))
        session.close()
        session.logger.info("plugin stopped", metadata: ["reason": .string(failure.kind.rawValue), "message": .string(failure.message)])
        return status
    }
}
