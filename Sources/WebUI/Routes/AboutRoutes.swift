import Hummingbird
import Localization

/// The About page (`GET /about`): the operator's text and the version.
struct AboutRoutes: Sendable {
    let pages: PageResponder
    /// The operator's words for the page.
    let text: String

    /// The version shown on the About page.
    static let version = "0.1.0"

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/about") { request, context -> Response in
            let page = AboutPage(text: text, version: Self.version)
            return try pages.page("about", title: LocalizableMessage("About"), section: .about, page: page, request: request, context: context)
        }
        return routes
    }
}
