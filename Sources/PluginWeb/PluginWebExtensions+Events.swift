import PluginHost
public import WebUI

extension PluginWebExtensions {
    /// Emits `session.login` to every running plugin, without waiting for them.
    public func cloudSignedIn(_ login: ExtensionLogin) {
        emit("session.login", payload: Self.payload(login))
    }

    /// Emits `dashboard.rendered` to every running plugin, without waiting for them, at most once
    /// per `dashboardEventInterval` (one second by default): busy dashboards render many times a
    /// second, and the renders in between are not reported.
    public func dashboardRendered(_ render: ExtensionDashboardRender) {
        guard admitDashboardEvent(at: .now) else { return }
        emit("dashboard.rendered", payload: Self.payload(render))
    }

    /// `{ cloud, auth_type, projects }`.
    static func payload(_ login: ExtensionLogin) -> LuaValue {
        .record(["cloud": .text(login.cloud), "auth_type": .text(login.authType), "projects": .integer(Int64(login.projectCount))])
    }

    /// `{ total, statuses = { ACTIVE = n, … }, locale }`.
    static func payload(_ render: ExtensionDashboardRender) -> LuaValue {
        .record([
            "total": .integer(Int64(render.total)),
            "statuses": .record(Dictionary(render.statuses.map { ($0.status, LuaValue.integer(Int64($0.count))) }, uniquingKeysWith: { first, _ in first })),
            "locale": .text(render.locale),
        ])
    }
}
