import Hummingbird

extension SettingsRoutes {
    /// `POST /announcements/dismiss`: hides one announcement for the rest of this session, then
    /// returns to the page it was dismissed on.
    func addAnnouncementRoutes(to routes: RouteCollection<WebRequestContext>) {
        routes.post("/announcements/dismiss") { _, context -> Response in
            guard let session = context.session else { throw WebUIError.invalidCSRFToken }
            guard let id = context.form.trimmed("id"), id.count <= 32, id.allSatisfy(\.isHexDigit) else {
                throw WebUIError.invalidForm(field: "id")
            }
            session.preferences.dismissedAnnouncements.insert(id)
            return .seeOther(Self.localPath(context.form.trimmed("return")) ?? "/")
        }
    }

    /// `path` when it is a path on this site (`/…`, not `//host`), so a form cannot redirect away.
    static func localPath(_ path: String?) -> String? {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.contains(where: { $0.isNewline })
        else { return nil }
        return path
    }
}
