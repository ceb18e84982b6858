import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

extension InstanceActionRoutes {
    /// The pages that ask what resize and rebuild need; their forms post to the instance's
    /// action route (`/instances/:cloud/:id/actions/resize|rebuild`), which reads the choice with
    /// ``actionOptions(for:form:)``.
    func addFormRoutes(to routes: RouteCollection<WebRequestContext>) {
        routes.get("/instances/:cloud/:id/resize") { request, context -> Response in
            let (session, instance, _) = try await context.pathInstance(request)
            let localizer = pages.localizer(for: request, session: context.session)
            let flavors = try await session.flavors(in: instance.project)
            let page = InstanceChangePage.resize(
                instance, flavors: FlavorCatalog(flavors: flavors, settings: launchSettings), localizer: localizer)
            return try pages.page(
                "instance-resize", title: LocalizableMessage("Resize {name}", ["name": page.instanceName]), section: .instances,
                page: page, request: request, context: context)
        }
        routes.get("/instances/:cloud/:id/rebuild") { request, context -> Response in
            let (session, instance, _) = try await context.pathInstance(request)
            let localizer = pages.localizer(for: request, session: context.session)
            let images = try await session.images.list(in: instance.project)
            let page = InstanceChangePage.rebuild(
                instance, images: ImageCatalog(images: images, settings: launchSettings), localizer: localizer)
            return try pages.page(
                "instance-rebuild", title: LocalizableMessage("Rebuild {name}", ["name": page.instanceName]), section: .instances,
                page: page, request: request, context: context)
        }
    }

    /// What `action` needs from its form: a flavor to resize to; an image to rebuild from, and the
    /// ticked box that says the disk will be erased.
    ///
    /// - Throws: ``WebUIError/invalidForm(field:)`` for a missing choice,
    ///   ``WebUIError/notConfirmed`` for a rebuild whose box is not ticked.
    static func actionOptions(for action: InstanceAction, form: FormFields) throws -> ActionOptions {
        switch action {
        case .resize:
            guard let flavor = form.trimmed("flavor") else { throw WebUIError.invalidForm(field: "flavor") }
            return ActionOptions(flavor: flavor)
        case .rebuild:
            guard let image = form.trimmed("image") else { throw WebUIError.invalidForm(field: "image") }
            guard form["erase"] == "on" else { throw WebUIError.notConfirmed }
            return ActionOptions(image: image)
        default:
            return ActionOptions()
        }
    }
}
