import ExosphereCore
import Hummingbird

extension WebRequestContext {
    /// The clouds of the request's browser session; a request without one is refused as a CSRF
    /// failure (the session middleware gives every page request one).
    func workspace() throws -> CloudWorkspace {
        guard let session else { throw WebUIError.invalidCSRFToken }
        return session.workspace
    }

    /// The cloud `cloud` names (else the first) and its home project: where the launch form and
    /// the resource pages work.
    func homeTarget(cloud: String?) async throws -> (session: CloudSession, project: ProjectSummary) {
        let sessions = try workspace().sessions
        guard let session = cloud.map({ sessions.session(named: $0) }) ?? sessions.sessions.first else {
            throw WebUIError.unknownCloud(cloud ?? "")
        }
        return (session, try await session.homeProject())
    }

    /// The session, instance and detail page address the `:cloud/:id` path of `request` names.
    func pathInstance(_ request: Request) async throws -> (session: CloudSession, instance: Instance, detailURL: String) {
        guard let cloud = parameters.text("cloud"), let id = parameters.text("id") else {
            throw WebUIError.notFound(request.uri.path)
        }
        let workspace = try workspace()
        guard let session = workspace.sessions.session(named: cloud),
            let instance = await workspace.instances().items.first(where: { $0.id == id && $0.project.cloud == cloud })
        else { throw WebUIError.notFound(request.uri.path) }
        return (session, instance, "/instances/" + PathComponent.encode(cloud) + "/" + PathComponent.encode(id))
    }
}
