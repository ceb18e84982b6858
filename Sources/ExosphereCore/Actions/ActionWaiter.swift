import OpenStackAPI

/// Polls a server after an action until it reaches the action's end state, goes into ERROR, or
/// the policy's timeout passes.
struct ActionWaiter: Sendable {
    let action: InstanceAction
    let instance: Instance
    let services: ProjectServices
    let policy: WaitPolicy
    let progress: ActionProgressHandler?
    /// The snapshot a create-image action started; the wait also covers its upload.
    let imageID: String?

    /// Waits and returns the final status (`DELETED` once a deleted server is gone).
    func run() async throws -> String {
        let clock = ContinuousClock()
        let start = clock.now
        var interval = policy.initialInterval
        var lastStatus = instance.status
        guard let targets = action.targetStatuses else { return try await pollUntilGone(start: start) }
        if targets.isEmpty { return try await services.compute.showServer(id: instance.id).status?.rawValue ?? lastStatus }
        while true {
            let elapsed = start.duration(to: clock.now)
            guard elapsed < policy.timeout else { throw timedOut(lastStatus) }
            try await Task.sleep(for: min(interval, policy.timeout - elapsed))
            interval = policy.next(after: interval)
            let server = try await services.compute.showServer(id: instance.id)
            let status = server.status?.rawValue ?? "UNKNOWN"
            lastStatus = status
            report(status: status, task: server.taskState, percent: server.progress, since: start)
            guard server.taskState == nil else { continue }
            if status == "ERROR" {
                throw CoreError.action(.endedInError(action, instance: instance.name, fault: server.fault?.message))
            }
            if targets.contains(status), try await imageIsReady() { return status }
        }
    }

    /// Polls until `GET /servers/{id}` answers 404 (Compute API reference, "Delete Server": the
    /// server disappears once Nova has cleaned up).
    private func pollUntilGone(start: ContinuousClock.Instant) async throws -> String {
        let clock = ContinuousClock()
        var interval = policy.initialInterval
        var lastStatus = instance.status
        while true {
            let elapsed = start.duration(to: clock.now)
            guard elapsed < policy.timeout else { throw timedOut(lastStatus) }
            try await Task.sleep(for: min(interval, policy.timeout - elapsed))
            interval = policy.next(after: interval)
            do {
                let server = try await services.compute.showServer(id: instance.id)
                lastStatus = server.status?.rawValue ?? "UNKNOWN"
                report(status: lastStatus, task: server.taskState, percent: server.progress, since: start)
            } catch let error as OpenStackError where error.status == 404 {
                report(status: "DELETED", task: nil, percent: nil, since: start)
                return "DELETED"
            }
        }
    }

    /// For create-image, whether Glance has the snapshot `active` (Image API reference, "Images":
    /// queued → saving → active); a `killed` or deleted image ends the wait with an error.
    private func imageIsReady() async throws -> Bool {
        guard let imageID else { return true }
        let image = try await services.image.showImage(id: imageID)
        if image.status == .killed || image.status?.rawValue == "deleted" {
            throw CoreError.action(.endedInError(action, instance: instance.name, fault: "the snapshot image failed to upload"))
        }
        return image.status == .active
    }

    private func report(status: String, task: String?, percent: Int?, since start: ContinuousClock.Instant) {
        progress?(
            ActionProgress(
                action: action, instance: instance.name, status: status, taskState: task, percent: percent,
                elapsed: start.duration(to: ContinuousClock.now)))
    }

    private func timedOut(_ status: String) -> CoreError {
        .action(.timedOut(action, instance: instance.name, seconds: policy.timeoutSeconds, lastStatus: status))
    }
}
