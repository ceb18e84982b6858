import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

/// The resource pages (volumes, public IPs, key pairs, security groups, images, quotas), each for
/// one cloud's home project (`?cloud=`, else the first cloud); their forms; the image upload.
struct ResourceRoutes: Sendable {
    let pages: PageResponder
    /// Which images are snapshots, as the launch form sorts them.
    let launchSettings: LaunchSettings
    /// The largest image upload accepted, in bytes.
    let maximumUploadBytes: Int64

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        addPageRoutes(to: routes)
        addFormRoutes(to: routes)
        addImageUploadRoutes(to: routes)
        return routes
    }

    private func addPageRoutes(to routes: RouteCollection<WebRequestContext>) {
        resourcePage(routes, .volumes) { session, project, tabs, _, _ in
            VolumesPage(tabs: tabs, volumes: try await session.volumes.list(in: project))
        }
        resourcePage(routes, .floatingIPs) { session, project, tabs, _, workspace in
            let instances = await workspace.instances().items.filter { $0.project == project }
            return FloatingIPsPage(tabs: tabs, floatingIPs: try await session.floatingIPs.list(in: project), instances: instances)
        }
        resourcePage(routes, .keypairs) { session, project, tabs, _, _ in
            KeypairsPage(tabs: tabs, keypairs: try await session.keypairs.list(in: project))
        }
        resourcePage(routes, .securityGroups) { session, project, tabs, localizer, _ in
            SecurityGroupsPage(tabs: tabs, groups: try await session.securityGroups.list(in: project), localizer: localizer)
        }
        resourcePage(routes, .images) { session, project, tabs, localizer, _ in
            ImagesPresenter.page(
                tabs: tabs, images: try await session.images.list(in: project), projectID: project.id, settings: launchSettings,
                maximumUploadBytes: maximumUploadBytes, localizer: localizer)
        }
        resourcePage(routes, .quotas) { session, project, tabs, localizer, _ in
            QuotasPage(tabs: tabs, usage: try await session.quotaUsage(project: project), localizer: localizer)
        }
    }

    private func resourcePage(
        _ routes: RouteCollection<WebRequestContext>, _ kind: ResourceTabs.Kind,
        _ build: @escaping @Sendable (CloudSession, ProjectSummary, ResourceTabs, any MessageLocalizer, CloudWorkspace) async throws -> any Sendable
    ) {
        routes.get(RouterPath(kind.path)) { request, context -> Response in
            let (session, project) = try await context.homeTarget(cloud: request.uri.queryParameters.get("cloud"))
            let localizer = pages.localizer(for: request, session: context.session)
            let workspace = try context.workspace()
            let tabs = ResourceTabs(
                current: kind, cloud: session.profile.name, clouds: workspace.sessions.sessions.map(\.profile.name), localizer: localizer)
            let page = try await build(session, project, tabs, localizer, workspace)
            return try pages.page(kind.rawValue, title: kind.title, section: .none, page: page, request: request, context: context)
        }
    }
}
