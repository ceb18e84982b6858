import ExosphereCore
import Localization

extension InstanceExtras {
    /// How long setup may run after ACTIVE before the page calls it timed out.
    static let setupTimeout: Duration = .seconds(30 * 60)

    /// Reads the instance page's extra parts from `instance`'s cloud in `workspace`, each on its
    /// own, leaving out what fails; `nil` when the cloud is not in the workspace.
    static func read(for instance: Instance, in workspace: CloudWorkspace?, localizer: any MessageLocalizer) async -> InstanceExtras? {
        guard let session = workspace?.sessions.session(named: instance.project.cloud) else { return nil }
        async let setup = try? session.launch.setupMonitor(project: instance.project, timeout: setupTimeout).check(serverID: instance.id)
        async let volumes = try? session.volumes.list(in: instance.project)
        async let console = try? session.instances.consoleOutput(of: instance, lines: consoleLines)
        let checked = await setup
        return InstanceExtras(
            setup: checked?.0, usage: checked?.1, volumes: await volumes ?? [], instanceID: instance.id, console: await console,
            localizer: localizer)
    }
}
