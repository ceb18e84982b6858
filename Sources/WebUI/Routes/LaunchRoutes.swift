import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization
import Logging

/// The launch form (GET, its fields optionally in the query), and its POST: "Preview" re-plans
/// and shows the form again, "Launch" plans and runs with the core's ``LaunchPlanner`` and
/// ``LaunchExecutor``. Enter in a field submits the first button, Launch.
struct LaunchRoutes: Sendable {
    let pages: PageResponder
    /// The operator's launch defaults and catalogue choices.
    let launchSettings: LaunchSettings
    /// Where passphrases are kept (see ``WebUIConfiguration/passphraseVault``).
    let vault: PassphraseVault?
    /// Adds the extensions' setup steps to a launch.
    let extensionAccess: ExtensionAccess
    let logger: Logger

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/launch") { request, context -> Response in
            let parameters = request.uri.queryParameters
            let input = try LaunchFormInput { parameters.get($0) }
            let page = try await form(input, request: request, context: context)
            return try pages.page("launch", title: LocalizableMessage("Launch an instance"), section: .instances, page: page, request: request, context: context)
        }
        routes.post("/launch") { request, context -> Response in
            let form = context.form
            let input = try LaunchFormInput { form[$0] }
            if form["intent"] == "preview" {
                let page = try await self.form(input, request: request, context: context)
                return try pages.page(
                    "launch", title: LocalizableMessage("Launch an instance"), section: .instances, page: page, request: request, context: context)
            }
            return try await launch(input, request: request, context: context)
        }
        return routes
    }

    /// Plans and runs the launch `input` asks for; a failure returns to the form, filled in again.
    private func launch(_ input: LaunchFormInput, request: Request, context: WebRequestContext) async throws -> Response {
        let (session, project) = try await context.homeTarget(cloud: input.cloud)
        let localizer = pages.localizer(for: request, session: context.session)
        do {
            var plan = try await session.launch.planner(project: project, settings: launchSettings).plan(input.request)
            plan.parts += await extensionAccess.setupParts(instanceName: plan.names.first ?? "", cloud: session.profile.name)
            let executor = try await session.launch.executor(project: project, vault: vault, logger: logger)
            let result = try await executor.run(plan)
            await (try? context.workspace())?.expedite(project)
            let page = LaunchResultPage(result: result, cloud: session.profile.name)
            var response = try pages.page(
                "launch-result", title: LocalizableMessage("Launched"), section: .instances, page: page, request: request, context: context)
            response.headers[.cacheControl] = "no-store"
            return response
        } catch {
            context.session?.notify(localizer.describe(error), isError: true)
            return .seeOther(LaunchPresenter.retryURL(input, cloud: session.profile.name))
        }
    }

    /// The form for `input`, with what the cloud offers and the plan those choices make.
    private func form(_ input: LaunchFormInput, request: Request, context: WebRequestContext) async throws -> LaunchFormPage {
        let (session, project) = try await context.homeTarget(cloud: input.cloud)
        var input = input
        input.cloud = session.profile.name
        async let images = session.images.list(in: project)
        async let flavors = session.flavors(in: project)
        async let keypairs = session.keypairs.list(in: project)
        let plan: Result<LaunchPlan, any Error>
        do {
            plan = .success(try await session.launch.planner(project: project, settings: launchSettings).plan(input.request))
        } catch {
            plan = .failure(error)
        }
        return LaunchPresenter.form(
            input, clouds: try context.workspace().sessions.sessions.map(\.profile.name),
            images: try await images, flavors: try await flavors, keypairs: try await keypairs, plan: plan, settings: launchSettings,
            localizer: pages.localizer(for: request, session: context.session))
    }
}

extension WebUIConfiguration {
    /// Where passphrases are kept encrypted: beside the session key on the person's own computer;
    /// nowhere in multi-user mode, where the server is not theirs (the reveal is then the only copy).
    var passphraseVault: PassphraseVault? {
        guard !isMultiUser else { return nil }
        return PassphraseVault(directory: URL(fileURLWithPath: sessionKeyPath).deletingLastPathComponent().appendingPathComponent("vault"))
    }
}
