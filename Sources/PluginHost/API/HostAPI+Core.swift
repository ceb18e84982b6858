import PluginModel
extension HostAPI {
    static let coreFunctions: [HostFunction] = [
        HostFunction(
            name: "on", since: v1_0, contexts: [.load], capability: nil,
            summary: "Registers fn(payload) for a host event such as instance.launched."
        ) { session, call throws(HostMisuse) in
            let event = try call.string(1)
            guard events.contains(event) else {
                throw HostMisuse("unknown event \"\(event)\"; known events are \(events.joined(separator: ", "))")
            }
            guard case .function(let function) = call.argument(2) else {
                throw HostMisuse("argument 2 must be a function, got \(call.argument(2).typeName)")
            }
            let registered = session.handlers.values.reduce(0) { $0 + $1.count }
            guard registered < PluginQuotas.handlers else {
                throw HostMisuse("a plugin may register at most \(PluginQuotas.handlers) event handlers")
            }
            call.keep(function)
            session.handlers[event, default: []].append(function)
            return .values([])
        },
        HostFunction(
            name: "has", since: v1_0, contexts: anywhere, capability: nil,
            summary: "Whether the host offers a feature (a host function name such as \"http.request\", or \"providers\")."
        ) { _, call throws(HostMisuse) in
            let feature = try call.string(1)
            let known =
                functions.contains { $0.name == feature || $0.name.hasPrefix(feature + ".") }
                || preludeFunctions.contains { $0.name == "exo." + feature }
            return .values([.boolean(known)])
        },
        HostFunction(
            name: "_api_version", since: v1_0, contexts: anywhere, capability: nil, summary: "Private: the API version."
        ) { _, _ throws(HostMisuse) in
            .values([.integer(Int64(version.major)), .integer(Int64(version.minor)), .integer(Int64(version.patch))])
        },
        HostFunction(
            name: "_read_module", since: v1_0, contexts: anywhere, capability: nil,
            summary: "Private: the source of a module inside the plugin folder, for require."
        ) { session, call throws(HostMisuse) in
            let name = try call.string(1)
            switch PluginFiles.module(named: name, in: session.folder) {
            case .success(let (source, path)): return .values([.text(source), .text(path)])
            case .failure(let problem): return .values([.nil, .text("require: " + problem.message)])
            }
        },
        HostFunction(
            name: "_handlers", since: v1_0, contexts: anywhere, capability: nil,
            summary: "Private (test helper): the handlers registered for an event."
        ) { session, call throws(HostMisuse) in
            let event = try call.string(1)
            return .values([.list((session.handlers[event] ?? []).map(LuaValue.function))])
        },
        HostFunction(
            name: "_contribution", since: v1_0, contexts: anywhere, capability: nil,
            summary: "Private (test helper): the function of a registered contribution."
        ) { session, call throws(HostMisuse) in
            let kind = try call.string(1)
            let id = try call.string(2)
            return .values([session.contributionFunction(kind: kind, id: id).map(LuaValue.function) ?? .nil])
        },
        HostFunction(
            name: "_provider", since: v1_3, contexts: anywhere, capability: nil,
            summary: "Private (test helper): the functions of a registered provider, by operation name."
        ) { session, call throws(HostMisuse) in
            guard let provider = session.providers[try call.string(1)] else { return .values([.nil]) }
            return .values([.record(Dictionary(uniqueKeysWithValues: provider.functions.map { ($0.key.rawValue, LuaValue.function($0.value)) }))])
        },
        HostFunction(
            name: "_contributions", since: v1_0, contexts: anywhere, capability: nil,
            summary: "Private (test helper): theme tokens, links, catalogs and contribution ids as data."
        ) { session, _ throws(HostMisuse) in
            let contributions = session.contributions
            return .values([.record([
                "theme": .record(contributions.themeTokens.mapValues(LuaValue.text)),
                "links": .list(contributions.links.map { .record(["id": .text($0.id), "label": .text($0.label), "url": .text($0.url)]) }),
                "cards": .list(contributions.cards.map { .text($0.id) }),
                "actions": .list(contributions.actions.map { .text($0.id) }),
                "locales": .list(session.catalogs.keys.sorted().map(LuaValue.text)),
            ])])
        },
        HostFunction(
            name: "_set_locale", since: v1_0, contexts: anywhere, capability: nil,
            summary: "Private (test helper): the locale exo.i18n.t translates into."
        ) { session, call throws(HostMisuse) in
            session.locale = call.argument(1).text
            return .values([])
        },
    ]
}
