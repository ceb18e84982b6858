import PluginModel

extension HostAPI {
    static let uiFunctions: [HostFunction] = [
        registration("ui.add_card", kind: "dashboard_card", summary: "Adds a dashboard card: { id, title, render(ctx) -> view }.") {
            session, spec throws(HostMisuse) in
            try session.register(.card, spec: spec, labelField: "title", functionField: "render", detail: nil)
        },
        registration("ui.add_page", kind: "dashboard_page", summary: "Adds a page: { id, title, render(ctx) -> view }.") {
            session, spec throws(HostMisuse) in
            try session.register(.page, spec: spec, labelField: "title", functionField: "render", detail: nil)
        },
        registration("ui.add_action", kind: "instance_action", summary: "Adds an instance menu action: { id, on = \"instance\", label, run(instance) }.") {
            session, spec throws(HostMisuse) in
            let target = spec["on"].text ?? "instance"
            guard target == "instance" else { throw HostMisuse("field on must be \"instance\", got \"\(target)\"") }
            try session.register(.action, spec: spec, labelField: "label", functionField: "run", detail: target)
        },
        registration("launch.add_cloud_init_part", kind: "launch_extra", summary: "Adds a cloud-init part: { id, content_type, render(request) -> text }.") {
            session, spec throws(HostMisuse) in
            let contentType = spec["content_type"].text ?? "text/cloud-config"
            try session.register(.cloudInitPart, spec: spec, labelField: "id", functionField: "render", detail: contentType)
        },
        registration("ui.add_link", kind: "top_bar_link", summary: "Adds a top-bar link: { id, label, url }.") {
            session, spec throws(HostMisuse) in
            let id = try spec.requiredText("id")
            let url = try spec.requiredText("url")
            guard url.hasPrefix("/") || HTTPOrigin(url) != nil else {
                throw HostMisuse("field url must be an http(s) URL or a path starting with /")
            }
            guard !session.contributions.links.contains(where: { $0.id == id }) else { throw HostMisuse("link \(id) is already registered") }
            guard session.contributions.links.count < PluginQuotas.links else {
                throw HostMisuse("a plugin may add at most \(PluginQuotas.links) top-bar links")
            }
            session.contributions.links.append(TopBarLink(id: id, label: try spec.requiredText("label"), url: url))
        },
        registration("ui.set_theme", kind: "theme", summary: "Sets theme tokens: { [\"color-primary\"] = \"#0b5\" … }.") {
            session, spec throws(HostMisuse) in
            guard case .table(let entries) = spec else { return }
            for (key, value) in entries {
                guard let name = key.text, let text = value.text, ThemeToken.isValidName(name) else {
                    throw HostMisuse("theme tokens map names (lowercase letters, digits and -) to strings")
                }
                guard ThemeToken.isSafeValue(text) else { throw HostMisuse("theme token \(name) has an unsafe value") }
                guard session.contributions.themeTokens[name] != nil || session.contributions.themeTokens.count < PluginQuotas.themeTokens else {
                    throw HostMisuse("a plugin may set at most \(PluginQuotas.themeTokens) theme tokens")
                }
                session.contributions.themeTokens[name] = text
            }
        },
    ]

    /// A load-time registration function taking one table and needing `ui: [kind]`.
    private static func registration(
        _ name: String, kind: String, summary: String,
        _ register: @escaping @Sendable (PluginSession, LuaValue) throws(HostMisuse) -> Void
    ) -> HostFunction {
        HostFunction(name: name, since: v1_0, contexts: [.load], capability: "ui", summary: summary) { session, call throws(HostMisuse) in
            try session.require(ui: kind)
            let spec = try call.table(1)
            try register(session, spec)
            for case .function(let function) in [spec["render"], spec["run"]] { call.keep(function) }
            return .values([])
        }
    }
}

/// Rules for theme tokens a plugin contributes: plain names, values that cannot break out of CSS.
enum ThemeToken {
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    static func isSafeValue(_ value: String) -> Bool {
        value.count <= 200 && !value.contains(where: { ";{}<>\\\"'\n\r".contains($0) }) && !value.lowercased().contains("url(")
    }
}
