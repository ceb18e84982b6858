import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization
import Logging

extension WebApp {
    /// The launch form (GET, its fields optionally in the query), and its POST: "Preview" re-plans
    /// and shows the form again, "Launch" plans and runs with the core's ``LaunchPlanner`` and
    /// ``LaunchExecutor``. Enter in a field submits the first button, Launch.
    func addLaunchRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        router.get("/launch") { request, context -> Response in
            let parameters = request.uri.queryParameters
            let input = try LaunchFormInput { parameters.get($0) }
            let page = try await self.launchForm(input, request: request, context: context)
            return try self.page("launch", title: LocalizableMessage("Launch an instance"), section: .instances, page: page, request: request, context: context)
        }
        router.post("/launch") { request, context -> Response in
            let form = context.form
            let input = try LaunchFormInput { form[$0] }
            if form["intent"] == "preview" {
                let page = try await self.launchForm(input, request: request, context: context)
                return try self.page(
                    "launch", title: LocalizableMessage("Launch an instance"), section: .instances, page: page, request: request, context: context)
            }
            let (session, project) = try await self.homeTarget(cloud: input.cloud, context: context)
            let localizer = self.localizer(for: request, session: context.session)
            do {
                var plan = try await session.launch.planner(project: project, settings: self.configuration.settings.launch).plan(input.request)
                plan.parts += await self.extensionSetupParts(instanceName: plan.names.first ?? "", cloud: session.profile.name)
                let executor = try await session.launch.executor(project: project, vault: self.passphraseVault, logger: self.logger)
                let result = try await executor.run(plan)
                await (try? Self.workspace(context))?.expedite(project)
                let page = LaunchResultPage(result: result, cloud: session.profile.name)
                var response = try self.page(
                    "launch-result", title: LocalizableMessage("Launched"), section: .instances, page: page, request: request, context: context)
                response.headers[.cacheControl] = "no-store"
                return response
            } catch {
                context.session?.notify(Self.describe(error, localizer: localizer), isError: true)
                let query = PathComponent.query([
                    ("cloud", session.profile.name), ("name", input.name), ("image", input.image), ("flavor", input.flavor),
                    ("count", String(input.count)), ("keypair", input.keypair),
                ])
                return Self.redirect("/launch" + query)
            }
        }
    }

    /// Where passphrases are kept encrypted: beside the session key on the person's own computer;
    /// nowhere in multi-user mode, where the server is not theirs (the reveal is then the only copy).
    var passphraseVault: PassphraseVault? {
        guard !configuration.isMultiUser else { return nil }
        return PassphraseVault(directory: URL(fileURLWithPath: configuration.sessionKeyPath).deletingLastPathComponent().appendingPathComponent("vault"))
    }

    /// The cloud `cloud` names (else the first) and its home project: where the launch form and
    /// the resource pages work.
    func homeTarget(cloud: String?, context: WebRequestContext) async throws -> (CloudSession, ProjectSummary) {
        let sessions = try Self.workspace(context).sessions
        guard let session = cloud.map({ sessions.session(named: $0) }) ?? sessions.sessions.first else {
            throw WebUIError.unknownCloud(cloud ?? "")
        }
        return (session, try await session.homeProject())
    }

    func launchForm(_ input: LaunchFormInput, request: Request, context: WebRequestContext) async throws -> LaunchFormPage {
        let (session, project) = try await homeTarget(cloud: input.cloud, context: context)
        var input = input
        input.cloud = session.profile.name
        let settings = configuration.settings.launch
        async let images = session.images.list(in: project)
        async let flavors = session.flavors(in: project)
        async let keypairs = session.keypairs.list(in: project)
        let plan: Result<LaunchPlan, any Error>
        do {
            plan = .success(try await session.launch.planner(project: project, settings: settings).plan(input.request))
        } catch {
            plan = .failure(error)
        }
        let offer = LaunchFormPage.Offer(
            clouds: try Self.workspace(context).sessions.sessions.map(\.profile.name),
            images: ImageCatalog(images: try await images, settings: settings),
            flavors: FlavorCatalog(flavors: try await flavors, settings: settings), keypairs: try await keypairs.map(\.name))
        return LaunchFormPage(input: input, offer: offer, plan: plan, localizer: localizer(for: request, session: context.session))
    }
}
