import ExosphereCore
import Hummingbird
import Localization

extension WebApp {
    /// How long setup may run after ACTIVE before the page calls it timed out.
    static let setupTimeout: Duration = .seconds(30 * 60)

    /// Reads the instance page's extra parts, each on its own, leaving out what fails.
    func instanceExtras(for instance: Instance, request: Request, context: WebRequestContext) async -> InstanceExtras? {
        guard let session = try? Self.workspace(context).sessions.session(named: instance.project.cloud) else { return nil }
        async let setup = try? session.launch.setupMonitor(project: instance.project, timeout: Self.setupTimeout).check(serverID: instance.id)
        async let volumes = try? session.volumes.list(in: instance.project)
        async let console = try? session.instances.consoleOutput(of: instance, lines: InstanceExtras.consoleLines)
        let checked = await setup
        return InstanceExtras(
            setup: checked?.0, usage: checked?.1, volumes: await volumes ?? [], instanceID: instance.id, console: await console,
            localizer: localizer(for: request, session: context.session))
    }

    /// Attach and detach a volume from the instance page.
    func addInstanceVolumeRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        router.post("/instances/:cloud/:id/volumes/attach") { request, context -> Response in
            try await self.changeVolume(request, context) { session, volume, instance in
                _ = try await session.volumes.attach(volume, to: instance)
                return LocalizableMessage("Volume {volume} is being attached.", ["volume": volume.displayName])
            }
        }
        router.post("/instances/:cloud/:id/volumes/detach") { request, context -> Response in
            try await self.changeVolume(request, context) { session, volume, instance in
                try await session.volumes.detach(volume, from: instance)
                return LocalizableMessage("Volume {volume} is being detached.", ["volume": volume.displayName])
            }
        }
    }

    private func changeVolume(
        _ request: Request, _ context: WebRequestContext,
        _ change: (CloudSession, VolumeSummary, Instance) async throws -> LocalizableMessage
    ) async throws -> Response {
        let (session, instance, detailURL) = try await Self.findInstance(request, context)
        guard let volumeID = context.form.trimmed("volume") else { throw WebUIError.invalidForm(field: "volume") }
        let localizer = localizer(for: request, session: context.session)
        do {
            let volume = try await session.volumes.find(volumeID, in: instance.project)
            context.session?.notify(localizer.text(try await change(session, volume, instance)))
        } catch {
            context.session?.notify(Self.describe(error, localizer: localizer), isError: true)
        }
        return Self.redirect(detailURL)
    }
}
