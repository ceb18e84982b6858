import ExosphereCore
import Hummingbird
import Localization

extension InstanceActionRoutes {
    /// Attach and detach a volume from the instance page.
    func addVolumeRoutes(to routes: RouteCollection<WebRequestContext>) {
        routes.post("/instances/:cloud/:id/volumes/attach") { request, context -> Response in
            try await changeVolume(request, context) { session, volume, instance in
                _ = try await session.volumes.attach(volume, to: instance)
                return LocalizableMessage("Volume {volume} is being attached.", ["volume": volume.displayName])
            }
        }
        routes.post("/instances/:cloud/:id/volumes/detach") { request, context -> Response in
            try await changeVolume(request, context) { session, volume, instance in
                try await session.volumes.detach(volume, from: instance)
                return LocalizableMessage("Volume {volume} is being detached.", ["volume": volume.displayName])
            }
        }
    }

    private func changeVolume(
        _ request: Request, _ context: WebRequestContext,
        _ change: (CloudSession, VolumeSummary, Instance) async throws -> LocalizableMessage
    ) async throws -> Response {
        let (session, instance, detailURL) = try await context.pathInstance(request)
        guard let volumeID = context.form.trimmed("volume") else { throw WebUIError.invalidForm(field: "volume") }
        let localizer = pages.localizer(for: request, session: context.session)
        do {
            let volume = try await session.volumes.find(volumeID, in: instance.project)
            context.session?.notify(localizer.text(try await change(session, volume, instance)))
        } catch {
            context.session?.notify(localizer.describe(error), isError: true)
        }
        return .seeOther(detailURL)
    }
}
