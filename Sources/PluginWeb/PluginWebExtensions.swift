public import CloudConfig
public import ExosphereCore
import Foundation
import Localization
public import PluginHost
public import PluginModel
import Synchronization
public import WebUI

/// The web UI's extension points served by the plugin host: cards, pages, actions, links and
/// theme tokens of the running plugins, and every discovered plugin's state for `/plugins`.
///
/// ```swift
/// let plugins = await PluginWebExtensions.load(settings: settings.plugins, searchPath: .standard())
/// configuration.extensions = plugins
/// ```
///
/// What the plugins registered is read once after loading and again whenever a call into a
/// plugin fails (a stopped plugin's cards, links and tokens disappear), so pages ask no plugin
/// anything until they render its cards.
public final class PluginWebExtensions: WebExtensions {
    /// The loaded plugins.
    public let registry: PluginRegistry
    let discovered: [DiscoveredPlugin]
    let enabled: Set<String>
    let missing: [String]
    private let snapshot = Mutex<[String: PluginContributions]>([:])
    /// ``chrome(locale:)`` and ``dashboardCards(locale:)`` by locale, made again after each
    /// ``refresh()`` (which moves the generation on, so one made from the snapshot before is not
    /// kept): every page asks for the chrome, every dashboard for the cards.
    private let perLocale = Mutex(PerLocale())

    private struct PerLocale {
        var generation = 0
        var chromes: [String?: ExtensionChrome] = [:]
        var cards: [String?: [ExtensionItem]] = [:]
    }
    private let following = Mutex<Task<Void, Never>?>(nil)
    private let cards: RenderedCardCache
    let providerListings: ProviderListingCache
    private let events = PluginEventQueue()
    private let dashboardEvents: Mutex<EventThrottle>

    /// Wraps a registry whose enabled plugins (of `discovered`) are already loaded.
    ///
    /// - Parameter missing: Plugins the settings enable that were not found, for ``problems()``.
    /// - Parameter cardLifetime: How long a rendered dashboard card is shown again before its
    ///   plugin renders it anew (`.zero`: every time), so busy dashboards do not queue on a plugin.
    /// - Parameter listingLifetime: How long a provider's instance listing is shown again before
    ///   its plugin lists them anew (`.zero`: every time); a change through the UI forgets it.
    /// - Parameter dashboardEventInterval: The least time between two `dashboard.rendered` events.
    public init(
        registry: PluginRegistry, discovered: [DiscoveredPlugin], enabled: Set<String>, missing: [String] = [],
        cardLifetime: Duration = .seconds(1), listingLifetime: Duration = .seconds(3),
        dashboardEventInterval: Duration = .seconds(1)
    ) async {
        self.registry = registry
        self.discovered = discovered
        self.enabled = enabled
        self.missing = missing
        cards = RenderedCardCache(lifetime: cardLifetime)
        providerListings = ProviderListingCache(lifetime: listingLifetime)
        dashboardEvents = Mutex(EventThrottle(interval: dashboardEventInterval))
        await refresh()
    }

    /// Discovers the plugins on `searchPath` and loads, concurrently, those `settings` enable,
    /// each with its `config`; a plugin that fails to load keeps its reason as its state.
    public static func load(
        settings: PluginsSettings, searchPath: PluginSearchPath, environment: PluginEnvironment = PluginEnvironment(),
        cardLifetime: Duration = .seconds(1), listingLifetime: Duration = .seconds(3),
        dashboardEventInterval: Duration = .seconds(1)
    ) async -> PluginWebExtensions {
        let discovered = PluginDiscovery.discover(in: searchPath)
        let registry = PluginRegistry(environment: environment)
        let enabled = discovered.filter { settings.isEnabled($0.id) }
        await withTaskGroup(of: Void.self) { group in
            for plugin in enabled {
                let config = (settings.plugins[plugin.id]?.config ?? [:]).mapValues(\.pluginValue)
                group.addTask { await registry.load(plugin, settings: config) }
            }
        }
        let found = Set(discovered.map(\.id))
        let missing = settings.plugins.keys.filter { settings.isEnabled($0) && !found.contains($0) }.sorted()
        return await PluginWebExtensions(
            registry: registry, discovered: discovered, enabled: Set(enabled.map(\.id)), missing: missing, cardLifetime: cardLifetime,
            listingLifetime: listingLifetime, dashboardEventInterval: dashboardEventInterval)
    }

    /// Whether any plugin is enabled (and so may be running).
    public var hasEnabledPlugins: Bool { !enabled.isEmpty }

    /// Reads again what the running plugins registered.
    public func refresh() async {
        let contributions = await registry.contributions()
        snapshot.withLock { $0 = contributions }
        perLocale.withLock { $0 = PerLocale(generation: $0.generation + 1) }
        cards.removeAll()
        providerListings.removeAll()
    }

    /// What the running plugins registered, as last read.
    func contributionsSnapshot() -> [String: PluginContributions] {
        snapshot.withLock { $0 }
    }

    // MARK: WebExtensions

    public func chrome(locale: String?) -> ExtensionChrome {
        kept(\.chromes, locale: locale) {
            let contributions = snapshot.withLock { $0 }
            var chrome = ExtensionChrome()
            for (_, contributed) in contributions.sorted(by: { $0.key < $1.key }) {
                chrome.links += contributed.links.map {
                    ExtensionLink(title: Self.translate($0.label, in: contributed, locale: locale), url: $0.url)
                }
                chrome.themeTokens.merge(contributed.themeTokens) { _, new in new }
                chrome.languages += contributed.catalogs.keys.sorted().filter { !chrome.languages.contains($0) }
            }
            return chrome
        }
    }

    public func dashboardCards(locale: String?) async -> [ExtensionItem] {
        kept(\.cards, locale: locale) { items(\.cards, locale: locale) }
    }

    /// The value kept at `table[locale]`, else `make`'s, kept unless a ``refresh()`` came in
    /// between (its generation moved on, so the value may come from the snapshot before).
    private func kept<Value: Sendable>(
        _ table: WritableKeyPath<PerLocale, [String?: Value]>, locale: String?, make: () -> Value
    ) -> Value {
        let (generation, known) = perLocale.withLock { ($0.generation, $0[keyPath: table][locale]) }
        if let known { return known }
        let value = make()
        perLocale.withLock { kept in
            guard kept.generation == generation else { return }
            // Locales come from people's choices and headers: keep a few, not every one ever asked for.
            if kept[keyPath: table].count >= 16 { kept[keyPath: table].removeAll() }
            kept[keyPath: table][locale] = value
        }
        return value
    }

    public func cachedCard(_ card: ExtensionItem, context: ExtensionContext) -> ViewNode? {
        cards.node(for: RenderedCardCache.Key(plugin: card.plugin, id: card.id, locale: context.locale, viewer: context.viewer?.id))
    }

    public func renderCard(_ card: ExtensionItem, context: ExtensionContext) async throws -> ViewNode {
        let key = RenderedCardCache.Key(plugin: card.plugin, id: card.id, locale: context.locale, viewer: context.viewer?.id)
        if let cached = cards.node(for: key) { return cached }
        let runtime = try await runningPlugin(card.plugin)
        do {
            let node = try await runtime.render(card: card.id, context: Self.luaContext(context), locale: context.locale)
            cards.store(node, for: key)
            return node
        } catch {
            await refresh()
            throw error
        }
    }

    public func pages(locale: String?) async -> [ExtensionItem] {
        items(\.pages, locale: locale)
    }

    public func renderPage(_ page: ExtensionItem, context: ExtensionContext) async throws -> ViewNode {
        let runtime = try await runningPlugin(page.plugin)
        do {
            return try await runtime.render(page: page.id, context: Self.luaContext(context), locale: context.locale)
        } catch {
            await refresh()
            throw error
        }
    }

    public func instanceActions(locale: String?) async -> [ExtensionItem] {
        items(\.actions, locale: locale)
    }

    public func runAction(_ action: ExtensionItem, on instance: Instance, context: ExtensionContext) async throws -> ExtensionActionOutcome {
        let runtime = try await runningPlugin(action.plugin)
        let row = PluginEventBridge.views(of: [instance], projects: []).instances.first ?? [:]
        do {
            return PluginActionOutcome.outcome(try await runtime.actionResults(action.id, instance: .record(row.mapValues(LuaValue.text))))
        } catch {
            await refresh()
            throw error
        }
    }

    public func cloudInitParts(instanceName: String, cloud: String) async -> [ExtensionCloudInitPart] {
        var parts: [ExtensionCloudInitPart] = []
        for (plugin, contributed) in snapshot.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            guard let runtime = await registry.runtime(plugin) else { continue }
            for part in contributed.cloudInitParts {
                let request = LuaValue.record(["name": .text(instanceName), "cloud": .text(cloud)])
                guard let content = try? await runtime.cloudInitPart(part.id, request: request) else { continue }
                parts.append(ExtensionCloudInitPart(plugin: plugin, id: part.id, contentType: part.detail ?? "text/cloud-config", content: content))
            }
        }
        return parts
    }

    public func follow(_ store: InstanceStore) {
        // Nova's usage report is read only when an enabled plugin may read the usage view.
        let readsUsage = discovered.contains { plugin in
            enabled.contains(plugin.id) && ((try? plugin.manifest.get())?.capabilities.views.contains("usage") ?? false)
        }
        let usage = readsUsage ? UsageReader(sessions: store.sessions) : nil
        let task = PluginEventBridge.follow(store, registry: registry, usage: usage)
        let previous = following.withLock { current in
            defer { current = task }
            return current
        }
        previous?.cancel()
    }

    public func asset(plugin: String, name: String) async -> ExtensionAsset? {
        guard let contentType = ExtensionAsset.contentType(of: name), let runtime = await registry.runtime(plugin),
            runtime.manifest.capabilities.ui.contains("theme"), await runtime.status == .running,
            let data = runtime.asset(named: name)
        else { return nil }
        return ExtensionAsset(contentType: contentType, data: data)
    }

    /// Stops following the instance store.
    public func stop() {
        following.withLock { $0 }?.cancel()
    }

    /// Waits until every event sent so far (``cloudSignedIn(_:)``, ``dashboardRendered(_:)``)
    /// reached the plugins.
    public func settleEvents() async {
        await events.settle()
    }

    /// Sends `event` to every running plugin in the background.
    func emit(_ event: String, payload: LuaValue) {
        events.send { [registry] in _ = await registry.emit(event, payload: payload) }
    }

    /// Whether a dashboard render at `now` is reported (at most one per interval).
    func admitDashboardEvent(at now: ContinuousClock.Instant) -> Bool {
        dashboardEvents.withLock { $0.admit(at: now) }
    }

    // MARK: Helpers

    private func items(_ kind: KeyPath<PluginContributions, [Contribution]>, locale: String?) -> [ExtensionItem] {
        snapshot.withLock { $0 }.sorted { $0.key < $1.key }.flatMap { plugin, contributed in
            contributed[keyPath: kind].map {
                ExtensionItem(plugin: plugin, id: $0.id, title: Self.translate($0.label, in: contributed, locale: locale))
            }
        }
    }

    private func runningPlugin(_ id: String) async throws(PluginError) -> PluginRuntime {
        guard let runtime = await registry.runtime(id) else {
            throw .unknownPlugin(id: id, known: enabled.sorted())
        }
        return runtime
    }

    /// A label in the viewer's language from the plugin's own catalogs (`es-MX` falls back to `es`).
    static func translate(_ msgid: String, in contributions: PluginContributions, locale: String?) -> String {
        guard let locale else { return msgid }
        let language = String(locale.split(separator: "-").first ?? "")
        return contributions.catalogs[locale]?[msgid] ?? contributions.catalogs[language]?[msgid] ?? msgid
    }

    /// The `ctx` a render function receives: `{ locale = "es", viewer = { id, clouds, projects } }`.
    static func luaContext(_ context: ExtensionContext) -> LuaValue {
        var fields: [String: LuaValue] = [:]
        fields["locale"] = context.locale.map(LuaValue.text)
        if let viewer = context.viewer {
            fields["viewer"] = .record([
                "id": .text(viewer.id), "clouds": .list(viewer.clouds.map(LuaValue.text)),
                "projects": .list(viewer.projects.map { .record(["cloud": .text($0.cloud), "id": .text($0.id), "name": .text($0.name)]) }),
            ])
        }
        return .record(fields)
    }
}
