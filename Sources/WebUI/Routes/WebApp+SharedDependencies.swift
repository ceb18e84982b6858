import ExosphereCore
import HTTPTypes
import Hummingbird
import Localization

/// What the areas still written as `WebApp` extensions (dashboard, instance pages, providers, live
/// updates) and ``ErrorPageMiddleware`` reach through `self`. Each forwards to the shared type a
/// route collection holds instead (see the WebUI landing page); converting an area removes the
/// forwards only it used.
extension WebApp {
    /// This request's localizer (see ``RequestLanguage/localizer(for:session:)``).
    func localizer(for request: Request, session: BrowserSession?) -> any MessageLocalizer {
        pages.localizer(for: request, session: session)
    }

    /// A full page (see ``PageResponder/page(_:title:section:page:request:context:status:)``).
    func page(
        _ template: String, title: LocalizableMessage, section: PageChrome.Section, page: Any, request: Request,
        context: WebRequestContext, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try pages.page(template, title: title, section: section, page: page, request: request, context: context, status: status)
    }

    /// A full page around a kept body (see ``PageResponder/page(body:title:section:page:cache:request:context:)``).
    func page<Page: Hashable & Sendable>(
        body template: String, title: LocalizableMessage, section: PageChrome.Section, page: Page, cache: RenderedBodyCache<Page>,
        request: Request, context: WebRequestContext
    ) throws -> Response {
        try pages.page(body: template, title: title, section: section, page: page, cache: cache, request: request, context: context)
    }

    /// A `303 See Other` to `location` (see ``Hummingbird/Response/seeOther(_:)``).
    static func redirect(_ location: String) -> Response {
        .seeOther(location)
    }

    /// An error in words (see ``Localization/MessageLocalizer/describe(_:)``).
    static func describe(_ error: any Error, localizer: any MessageLocalizer) -> String {
        localizer.describe(error)
    }

    /// The instance page's extra parts (see ``InstanceExtras/read(for:in:localizer:)``).
    func instanceExtras(for instance: Instance, request: Request, context: WebRequestContext) async -> InstanceExtras? {
        await InstanceExtras.read(for: instance, in: try? context.workspace(), localizer: localizer(for: request, session: context.session))
    }
}
