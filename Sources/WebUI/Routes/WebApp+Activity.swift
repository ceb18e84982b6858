import ExosphereCore
import Hummingbird
import Localization

extension WebApp {
    /// Every API call made for this person (`GET /activity`), newest first.
    func addActivityRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        router.get("/activity") { request, context -> Response in
            let page = ActivityPage(records: try Self.workspace(context).sessions.activity().calls)
            return try self.page("activity", title: LocalizableMessage("API activity"), section: .activity, page: page, request: request, context: context)
        }
    }
}
