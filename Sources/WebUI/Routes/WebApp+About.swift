import Hummingbird
import Localization

extension WebApp {
    /// The About page (`GET /about`): the operator's text and the version.
    func addAboutRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        router.get("/about") { request, context -> Response in
            let page = AboutPage(text: self.configuration.aboutText, version: WebApp.version)
            return try self.page("about", title: LocalizableMessage("About"), section: .about, page: page, request: request, context: context)
        }
    }

    /// The version shown on the About page.
    static let version = "0.1.0"
}
