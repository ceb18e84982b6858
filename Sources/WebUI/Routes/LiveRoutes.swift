import ExosphereCore
import Foundation
import Hummingbird
import Localization
import NIOCore

/// Live updates (`GET /live`): what changed since the revision a page last saw, worded for the
/// page's live region.
struct LiveRoutes: Sendable {
    /// What `GET /live` answers: the store's revision and the state changes since the one asked
    /// about.
    struct LiveUpdate: Codable, Sendable {
        var revision: Int
        var messages: [String]
    }

    let pages: PageResponder

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/live") { request, context -> Response in
            let live = try context.workspace().liveInstances()
            let since = request.uri.queryParameters.get("since").flatMap { Int($0) }
            let localizer = pages.localizer(for: request, session: context.session)
            let (revision, changes) = await live.changes(since: since ?? .max)
            let update = LiveUpdate(revision: revision, messages: changes.map { Self.liveMessage($0, localizer: localizer) })
            let body = try JSONEncoder().encode(update)
            return Response(
                status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        return routes
    }

    /// "lab-1 is now Ready", or "lab-1 was deleted", in the reader's language.
    static func liveMessage(_ change: LiveInstances.Change, localizer: any MessageLocalizer) -> String {
        guard change.previousStatus != nil else {
            return localizer.text(LocalizableMessage("{name} was deleted.", ["name": change.instance.name]))
        }
        let state = localizer.text(StatusPresentation(status: change.instance.status, taskState: change.instance.taskState).label)
        return localizer.text(LocalizableMessage("{name} is now {state}.", ["name": change.instance.name, "state": state]))
    }
}
