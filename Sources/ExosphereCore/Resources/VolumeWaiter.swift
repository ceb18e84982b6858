import OpenStackAPI

/// Polls a volume until it settles, with a ``WaitPolicy``'s back-off and timeout.
struct VolumeWaiter: Sendable {
    let storage: BlockStorageClient
    let policy: WaitPolicy

    /// Waits until the volume leaves its transitional states (Block Storage API reference,
    /// "Volumes": creating, attaching, detaching, extending, deleting…) and returns it, or `nil`
    /// once it is gone.
    func waitUntilSettled(_ id: String, name: String, accepting accepted: Set<String>) async throws -> Volume? {
        let clock = ContinuousClock()
        let start = clock.now
        var interval = policy.initialInterval
        var last = "unknown"
        while true {
            let volume: Volume
            do {
                volume = try await storage.showVolume(id: id)
            } catch let error as OpenStackError where error.status == 404 {
                return nil
            }
            last = volume.status
            if accepted.contains(volume.status) { return volume }
            if volume.status.hasPrefix("error") {
                throw CoreError.resource(.volumeNotAvailable(volume: name, status: volume.status))
            }
            let elapsed = start.duration(to: clock.now)
            guard elapsed < policy.timeout else {
                throw CoreError.resource(
                    .timedOut(kind: "volume", name, seconds: policy.timeoutSeconds, lastStatus: last))
            }
            try await Task.sleep(for: min(interval, policy.timeout - elapsed))
            interval = policy.next(after: interval)
        }
    }

    /// Waits until a volume whose instance is being deleted is `available`; `false` if it is gone
    /// (Nova deleted it with the instance).
    func waitUntilDetached(_ volume: VolumeSummary) async throws -> Bool {
        try await waitUntilSettled(volume.id, name: volume.displayName, accepting: ["available"]) != nil
    }
}
