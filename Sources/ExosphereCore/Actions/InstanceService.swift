import Foundation
import OpenStackAPI

/// What happens to instances: actions checked against the allowed-action matrix and waited for,
/// the state Nova reports now, deletion with what it could also remove, the console.
///
/// Reach it as `session.instances` (``CloudSession/instances``).
public struct InstanceService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    /// Runs `action` on `instance` after checking the allowed-action matrix against the server's
    /// current state, and optionally waits until the action has finished.
    ///
    /// - Parameters:
    ///   - options: What resize (flavor), rebuild (image), create-image (name) and lock (reason,
    ///     compute microversion 2.73) need.
    ///   - matrix: The rules, including the operators' disallowed actions.
    ///   - wait: How to wait for the end state; `nil` returns once the cloud accepted the action.
    ///   - progress: Called on every poll while waiting.
    /// - Throws: ``CoreError/action(_:)`` when refused, when the instance goes into ERROR, or when
    ///   the wait times out; ``OpenStackAPI/OpenStackError`` when the cloud refuses.
    /// - Note: Deleting with ``perform(_:on:options:matrix:wait:progress:)`` leaves floating IPs
    ///   and volumes alone; ``delete(_:choices:matrix:wait:progress:)`` can clean them up.
    public func perform(
        _ action: InstanceAction, on instance: Instance, options: ActionOptions = ActionOptions(),
        matrix: ActionMatrix = ActionMatrix(), wait: WaitPolicy? = nil, progress: ActionProgressHandler? = nil
    ) async throws -> ActionOutcome {
        let services = try await session.services(for: instance.project)
        let server = try await services.compute.showServer(id: instance.id)
        if let refusal = matrix.refusal(for: action, in: InstanceState(server)) {
            throw CoreError.action(.refused(action, instance: instance.name, refusal))
        }
        var imageID: String?
        if action == .delete {
            try await services.compute.deleteServer(id: instance.id)
        } else {
            let request = try await serverAction(for: action, instance: instance, options: options, services: services)
            imageID = try await services.compute.performServerAction(request, id: instance.id).imageID
        }
        var outcome = ActionOutcome(instance: instance, action: action, imageID: imageID)
        if let wait {
            let waiter = ActionWaiter(
                action: action, instance: instance, services: services, policy: wait, progress: progress, imageID: imageID)
            outcome.finalStatus = try await waiter.run()
        }
        return outcome
    }

    /// The Nova action for `action`, with flavor and image names resolved to ids.
    func serverAction(
        for action: InstanceAction, instance: Instance, options: ActionOptions, services: ProjectServices
    ) async throws -> ServerAction {
        switch action {
        case .start: return .start
        case .stop: return .stop
        case .softReboot: return .reboot(.soft)
        case .hardReboot: return .reboot(.hard)
        case .suspend: return .suspend
        case .resume: return .resume
        case .pause: return .pause
        case .unpause: return .unpause
        case .shelve: return .shelve
        case .unshelve: return .unshelve(availabilityZone: nil)
        case .confirmResize: return .confirmResize
        case .revertResize: return .revertResize
        case .lock: return .lock(reason: options.lockReason)
        case .unlock: return .unlock
        case .createImage:
            return .createImage(name: options.imageName ?? instance.name + "-snapshot", metadata: [:])
        case .resize:
            guard let flavor = options.flavor else { throw CoreError.action(.missingOption(action, option: "flavor")) }
            return .resize(flavorRef: try await CloudSession.flavorID(flavor, compute: services.compute))
        case .rebuild:
            guard let image = options.image else { throw CoreError.action(.missingOption(action, option: "image")) }
            return .rebuild(ServerRebuildRequest(imageRef: try await CloudSession.imageID(image, images: services.image)))
        case .delete:
            throw CoreError.action(.refused(action, instance: instance.name, .notAllowedInState(instance.status)))
        }
    }

    /// The instance's current state as Nova reports it now (one `GET /servers/{id}`), for
    /// checking actions against ``ActionMatrix``.
    public func currentState(of instance: Instance) async throws -> InstanceState {
        InstanceState(try await session.services(for: instance.project).compute.showServer(id: instance.id))
    }

    /// The last `lines` lines the instance wrote to its console (Nova's `os-getConsoleOutput`).
    public func consoleOutput(of instance: Instance, lines: Int) async throws -> String {
        try await session.computeClient(for: instance.project).showConsoleOutput(id: instance.id, length: lines)
    }
}

extension CloudSession {
    /// Actions, state, deletion and console of this cloud's instances.
    public nonisolated var instances: InstanceService { InstanceService(session: self) }
}
