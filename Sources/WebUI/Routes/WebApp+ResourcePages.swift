import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

extension WebApp {
    /// The resource pages (GET): volumes, public IPs, key pairs, security groups, images, quotas,
    /// each for one cloud's home project (`?cloud=`, else the first cloud).
    func addResourcePageRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        resourcePage(router, .volumes) { session, project, tabs, _, _ in
            VolumesPage(tabs: tabs, volumes: try await session.volumes.list(in: project))
        }
        resourcePage(router, .floatingIPs) { session, project, tabs, _, workspace in
            let instances = await workspace.instances().items.filter { $0.project == project }
            return FloatingIPsPage(tabs: tabs, floatingIPs: try await session.floatingIPs.list(in: project), instances: instances)
        }
        resourcePage(router, .keypairs) { session, project, tabs, _, _ in
            KeypairsPage(tabs: tabs, keypairs: try await session.keypairs.list(in: project))
        }
        resourcePage(router, .securityGroups) { session, project, tabs, localizer, _ in
            SecurityGroupsPage(tabs: tabs, groups: try await session.securityGroups.list(in: project), localizer: localizer)
        }
        resourcePage(router, .images) { session, project, tabs, localizer, _ in
            let images = try await session.images.list(in: project)
            let snapshots = ImageCatalog(images: images, settings: self.configuration.settings.launch).snapshots.map(\.id)
            var page = ImagesPage(tabs: tabs, images: images, projectID: project.id, snapshotIDs: Set(snapshots))
            page.upload = ImageUploadForm(maximumBytes: self.configuration.maximumUploadBytes, localizer: localizer)
            return page
        }
        resourcePage(router, .quotas) { session, project, tabs, localizer, _ in
            QuotasPage(tabs: tabs, usage: try await session.quotaUsage(project: project), localizer: localizer)
        }
    }

    private func resourcePage(
        _ router: Hummingbird.Router<WebRequestContext>, _ kind: ResourceTabs.Kind,
        _ build: @escaping @Sendable (CloudSession, ProjectSummary, ResourceTabs, any MessageLocalizer, CloudWorkspace) async throws -> any Sendable
    ) {
        router.get(RouterPath(kind.path)) { request, context -> Response in
            let (session, project) = try await self.homeTarget(cloud: request.uri.queryParameters.get("cloud"), context: context)
            let localizer = self.localizer(for: request, session: context.session)
            let workspace = try Self.workspace(context)
            let tabs = ResourceTabs(
                current: kind, cloud: session.profile.name, clouds: workspace.sessions.sessions.map(\.profile.name), localizer: localizer)
            let page = try await build(session, project, tabs, localizer, workspace)
            return try self.page(kind.rawValue, title: kind.title, section: .none, page: page, request: request, context: context)
        }
    }
}
