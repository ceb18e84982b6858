import ExosphereCore
import Hummingbird
import Localization

/// A provider's page and the forms that create, start, stop, reboot and delete its instances
/// (POSTs, CSRF-checked by ``SessionMiddleware``).
struct ProviderRoutes: Sendable {
    let pages: PageResponder
    /// The extensions whose providers are shown.
    let extensions: any WebExtensions
    /// How long a provider's page or change may take.
    let pageBudget: Duration

    /// The area; `nil` when no extension may add providers (none, or multi-user mode).
    init?(pages: PageResponder, providers: ProviderAccess, pageBudget: Duration) {
        guard let extensions = providers.extensions else { return nil }
        self.pages = pages
        self.extensions = extensions
        self.pageBudget = pageBudget
    }

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/providers/:plugin/:provider") { request, context -> Response in
            let provider = try await findProvider(request, context)
            let localizer = pages.localizer(for: request, session: context.session)
            let budget = pageBudget
            async let listings = ProviderListing.load([provider], budget: budget)
            async let choices = TimeBudget.run(within: budget) { try await provider.choices() }
            guard let listing = await listings.first else { throw WebUIError.notFound(request.uri.path) }
            let page = ProviderPage(listing: listing, choices: await choices, budget: budget, localizer: localizer)
            return try pages.page(
                "provider", title: LocalizableMessage("{title}", ["title": provider.identity.name]), section: .clouds, page: page,
                request: request, context: context)
        }
        routes.post("/providers/:plugin/:provider/instances") { request, context -> Response in
            let provider = try await findProvider(request, context)
            let localizer = pages.localizer(for: request, session: context.session)
            guard let name = context.form.trimmed("name"), let size = context.form.trimmed("size"), let image = context.form.trimmed("image") else {
                context.session?.notify(localizer.describe(WebUIError.invalidForm(field: "name, size, image")), isError: true)
                return .seeOther(provider.identity.url)
            }
            await run(on: provider.identity, localizer: localizer, context: context, done: LocalizableMessage(
                "{instance} is being created on {provider}.", ["instance": name, "provider": provider.identity.name])
            ) {
                try await provider.create(ProviderCreateRequest(name: name, size: size, image: image))
            }
            return .seeOther(provider.identity.url)
        }
        routes.post("/providers/:plugin/:provider/instances/:id/actions/:action") { request, context -> Response in
            let provider = try await findProvider(request, context)
            guard let id = context.parameters.text("id"), let action = context.parameters.text("action").flatMap(ProviderAction.init(rawValue:)) else {
                throw WebUIError.notFound(request.uri.path)
            }
            let localizer = pages.localizer(for: request, session: context.session)
            let label = localizer.text(ProviderPage.label(action))
            await run(on: provider.identity, localizer: localizer, context: context, done: LocalizableMessage(
                "{action}: {provider} accepted it for {instance}.", ["action": label, "provider": provider.identity.name, "instance": id])
            ) {
                try await provider.perform(action, on: id)
            }
            return .seeOther(provider.identity.url)
        }
        routes.post("/providers/:plugin/:provider/instances/:id/delete") { request, context -> Response in
            let provider = try await findProvider(request, context)
            guard let id = context.parameters.text("id") else { throw WebUIError.notFound(request.uri.path) }
            let localizer = pages.localizer(for: request, session: context.session)
            guard context.form["confirm"] == "on" else {
                context.session?.notify(localizer.describe(WebUIError.notConfirmed), isError: true)
                return .seeOther(provider.identity.url)
            }
            await run(on: provider.identity, localizer: localizer, context: context, done: LocalizableMessage(
                "{instance} is being deleted.", ["instance": id])
            ) {
                try await provider.deleteInstance(id)
            }
            return .seeOther(provider.identity.url)
        }
        return routes
    }

    /// Runs a change on a provider within the page budget and leaves its outcome as the next
    /// page's notice: `done`, the provider's error, or that it did not answer in time.
    private func run(
        on provider: ProviderIdentity, localizer: any MessageLocalizer, context: WebRequestContext, done: LocalizableMessage,
        _ change: @escaping @Sendable () async throws -> Void
    ) async {
        let budget = pageBudget
        switch await TimeBudget.run(within: budget, change) {
        case .success?:
            context.session?.notify(localizer.text(done))
        case .failure(let error)?:
            context.session?.notify(localizer.describe(error), isError: true)
        case nil:
            context.session?.notify(
                localizer.text(LocalizableMessage(
                    "{provider} has not answered yet: {reason} Reload the page to see whether the change was made.",
                    ["provider": provider.name, "reason": ExtensionRendering.tooSlow(budget, localizer: localizer)])),
                isError: true)
        }
    }

    /// The provider the `:plugin/:provider` path names.
    private func findProvider(_ request: Request, _ context: WebRequestContext) async throws -> any InstanceProvider {
        let plugin = context.parameters.text("plugin")
        let id = context.parameters.text("provider")
        guard let provider = await extensions.instanceProviders().first(where: { $0.identity.plugin == plugin && $0.identity.id == id }) else {
            throw WebUIError.notFound(request.uri.path)
        }
        return provider
    }
}
