import ExosphereCore
import Hummingbird
import Localization

extension WebApp {
    /// The extensions whose providers are shown: none in multi-user mode, because a provider
    /// acts with the operator's credentials, not the signed-in person's.
    var providerExtensions: (any WebExtensions)? {
        configuration.isMultiUser ? nil : configuration.extensions
    }

    /// A provider's page and the forms that create, start, stop, reboot and delete its instances
    /// (POSTs, CSRF-checked by ``SessionMiddleware``); nothing when no extension can add providers.
    func addProviderRoutes(to router: Router<WebRequestContext>) {
        guard let extensions = providerExtensions else { return }
        router.get("/providers/:plugin/:provider") { request, context -> Response in
            let provider = try await Self.findProvider(request, context, in: extensions)
            let localizer = self.localizer(for: request, session: context.session)
            let budget = self.configuration.extensionPageBudget
            async let listings = ProviderListing.load([provider], budget: budget)
            async let choices = TimeBudget.run(within: budget) { try await provider.choices() }
            guard let listing = await listings.first else { throw WebUIError.notFound(request.uri.path) }
            let page = ProviderPage(listing: listing, choices: await choices, budget: budget, localizer: localizer)
            return try self.page(
                "provider", title: LocalizableMessage("{title}", ["title": provider.identity.name]), section: .clouds, page: page,
                request: request, context: context)
        }
        router.post("/providers/:plugin/:provider/instances") { request, context -> Response in
            let provider = try await Self.findProvider(request, context, in: extensions)
            let localizer = self.localizer(for: request, session: context.session)
            guard let name = context.form.trimmed("name"), let size = context.form.trimmed("size"), let image = context.form.trimmed("image") else {
                context.session?.notify(Self.describe(WebUIError.invalidForm(field: "name, size, image"), localizer: localizer), isError: true)
                return Self.redirect(provider.identity.url)
            }
            await self.run(on: provider.identity, localizer: localizer, context: context, done: LocalizableMessage(
                "{instance} is being created on {provider}.", ["instance": name, "provider": provider.identity.name])
            ) {
                try await provider.create(ProviderCreateRequest(name: name, size: size, image: image))
            }
            return Self.redirect(provider.identity.url)
        }
        router.post("/providers/:plugin/:provider/instances/:id/actions/:action") { request, context -> Response in
            let provider = try await Self.findProvider(request, context, in: extensions)
            guard let id = context.parameters.text("id"), let action = context.parameters.text("action").flatMap(ProviderAction.init(rawValue:)) else {
                throw WebUIError.notFound(request.uri.path)
            }
            let localizer = self.localizer(for: request, session: context.session)
            let label = localizer.text(ProviderPage.label(action))
            await self.run(on: provider.identity, localizer: localizer, context: context, done: LocalizableMessage(
                "{action}: {provider} accepted it for {instance}.", ["action": label, "provider": provider.identity.name, "instance": id])
            ) {
                try await provider.perform(action, on: id)
            }
            return Self.redirect(provider.identity.url)
        }
        router.post("/providers/:plugin/:provider/instances/:id/delete") { request, context -> Response in
            let provider = try await Self.findProvider(request, context, in: extensions)
            guard let id = context.parameters.text("id") else { throw WebUIError.notFound(request.uri.path) }
            let localizer = self.localizer(for: request, session: context.session)
            guard context.form["confirm"] == "on" else {
                context.session?.notify(Self.describe(WebUIError.notConfirmed, localizer: localizer), isError: true)
                return Self.redirect(provider.identity.url)
            }
            await self.run(on: provider.identity, localizer: localizer, context: context, done: LocalizableMessage(
                "{instance} is being deleted.", ["instance": id])
            ) {
                try await provider.deleteInstance(id)
            }
            return Self.redirect(provider.identity.url)
        }
    }

    /// The providers beside the clouds with their instance counts, each read within the card
    /// budget; `nil` when there is none.
    func providersSection(localizer: any MessageLocalizer) async -> ProvidersSection? {
        let providers = await instanceProviders()
        guard !providers.isEmpty else { return nil }
        return ProvidersSection(await ProviderListing.load(providers, budget: configuration.extensionCardBudget), localizer: localizer)
    }

    /// The providers whose instances the pages show beside the clouds' (none in multi-user mode).
    func instanceProviders() async -> [any InstanceProvider] {
        await providerExtensions?.instanceProviders() ?? []
    }

    /// Runs a change on a provider within the page budget and leaves its outcome as the next
    /// page's notice: `done`, the provider's error, or that it did not answer in time.
    private func run(
        on provider: ProviderIdentity, localizer: any MessageLocalizer, context: WebRequestContext, done: LocalizableMessage,
        _ change: @escaping @Sendable () async throws -> Void
    ) async {
        let budget = configuration.extensionPageBudget
        switch await TimeBudget.run(within: budget, change) {
        case .success?:
            context.session?.notify(localizer.text(done))
        case .failure(let error)?:
            context.session?.notify(Self.describe(error, localizer: localizer), isError: true)
        case nil:
            context.session?.notify(
                localizer.text(LocalizableMessage(
                    "{provider} has not answered yet: {reason} Reload the page to see whether the change was made.",
                    ["provider": provider.name, "reason": ExtensionRendering.tooSlow(budget, localizer: localizer)])),
                isError: true)
        }
    }

    /// The provider the `:plugin/:provider` path names.
    static func findProvider(_ request: Request, _ context: WebRequestContext, in extensions: any WebExtensions) async throws -> any InstanceProvider {
        let plugin = context.parameters.text("plugin")
        let id = context.parameters.text("provider")
        guard let provider = await extensions.instanceProviders().first(where: { $0.identity.plugin == plugin && $0.identity.id == id }) else {
            throw WebUIError.notFound(request.uri.path)
        }
        return provider
    }
}
