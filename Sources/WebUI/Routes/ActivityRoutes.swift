import ExosphereCore
import Hummingbird
import Localization

/// Every API call made for this person (`GET /activity`), newest first.
struct ActivityRoutes: Sendable {
    let pages: PageResponder

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/activity") { request, context -> Response in
            let page = ActivityPage(records: try context.workspace().sessions.activity().calls)
            return try pages.page("activity", title: LocalizableMessage("API activity"), section: .activity, page: page, request: request, context: context)
        }
        return routes
    }
}
