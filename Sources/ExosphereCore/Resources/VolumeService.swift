import OpenStackAPI

/// A project's volumes: list, create, attach, detach, extend and delete (Cinder, and Nova for
/// attachments).
///
/// Reach it as `session.volumes` (``CloudSession/volumes``).
public struct VolumeService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    /// The project's volumes with the instance names and device paths they are attached at.
    public func list(in project: ProjectSummary) async throws -> [VolumeSummary] {
        let services = try await session.services(for: project)
        async let volumes = services.blockStorage().listVolumes()
        async let servers = services.compute.listServers()
        let names = Dictionary(try await servers.map { ($0.id, $0.name ?? $0.id) }, uniquingKeysWith: { first, _ in first })
        return try await volumes.map { VolumeSummary(volume: $0, project: project, instanceNames: names) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The volume named or identified by `nameOrID` in `project`.
    ///
    /// - Throws: ``CoreError/resource(_:)`` when none or several match.
    public func find(_ nameOrID: String, in project: ProjectSummary) async throws -> VolumeSummary {
        try CloudSession.pick(nameOrID, kind: "volume", from: try await list(in: project), id: \.id, name: \.name)
    }

    /// Creates an empty volume of `sizeGiB` GiB; with `wait`, returns once it is `available`.
    public func create(
        name: String, sizeGiB: Int, in project: ProjectSummary, metadata: [String: String] = [:], wait: WaitPolicy? = nil
    ) async throws -> VolumeSummary {
        let storage = try await session.services(for: project).blockStorage()
        var volume = try await storage.createVolume(
            VolumeCreateRequest(size: sizeGiB, name: name, metadata: metadata.isEmpty ? nil : metadata))
        if let wait {
            let waiter = VolumeWaiter(storage: storage, policy: wait)
            volume = try await waiter.waitUntilSettled(volume.id, name: name, accepting: ["available"]) ?? volume
        }
        return VolumeSummary(volume: volume, project: project)
    }

    /// Attaches an available volume to an instance in the same project (Compute API reference,
    /// "Attach a volume to an instance"); returns the device path Nova chose. With `wait`, returns
    /// once the volume is `in-use`.
    public func attach(_ volume: VolumeSummary, to instance: Instance, wait: WaitPolicy? = nil) async throws -> String? {
        if let placement = volume.attachments.first {
            throw CoreError.resource(.volumeAttached(volume: volume.displayName, instance: placement.instanceName ?? placement.instanceID))
        }
        guard volume.status == "available" else {
            throw CoreError.resource(.volumeNotAvailable(volume: volume.displayName, status: volume.status))
        }
        let services = try await session.services(for: instance.project)
        let attachment = try await services.compute.attachVolume(serverID: instance.id, VolumeAttachRequest(volumeID: volume.id))
        if let wait {
            let waiter = VolumeWaiter(storage: try await services.blockStorage(), policy: wait)
            _ = try await waiter.waitUntilSettled(volume.id, name: volume.displayName, accepting: ["in-use"])
        }
        return attachment.device
    }

    /// Detaches a volume from the instance it is attached to; with `wait`, returns once it is
    /// `available` again.
    public func detach(_ volume: VolumeSummary, from instance: Instance, wait: WaitPolicy? = nil) async throws {
        guard volume.attachments.contains(where: { $0.instanceID == instance.id }) else {
            throw CoreError.resource(.volumeNotAttached(volume: volume.displayName, instance: instance.name))
        }
        let services = try await session.services(for: instance.project)
        try await services.compute.detachVolume(serverID: instance.id, volumeID: volume.id)
        if let wait {
            let waiter = VolumeWaiter(storage: try await services.blockStorage(), policy: wait)
            _ = try await waiter.waitUntilSettled(volume.id, name: volume.displayName, accepting: ["available"])
        }
    }

    /// Grows a volume to `sizeGiB` GiB (Block Storage API reference, "Extend a volume size";
    /// attached volumes need volume microversion 3.42). With `wait`, returns once it settles.
    public func extend(_ volume: VolumeSummary, toGiB sizeGiB: Int, wait: WaitPolicy? = nil) async throws -> VolumeSummary {
        guard sizeGiB > volume.sizeGiB else {
            throw CoreError.resource(.sizeNotLarger(volume: volume.displayName, current: volume.sizeGiB, requested: sizeGiB))
        }
        let storage = try await session.services(for: volume.project).blockStorage()
        try await storage.extendVolume(id: volume.id, newSize: sizeGiB)
        var extended = volume
        extended.sizeGiB = sizeGiB
        if let wait {
            let waiter = VolumeWaiter(storage: storage, policy: wait)
            if let settled = try await waiter.waitUntilSettled(volume.id, name: volume.displayName, accepting: ["available", "in-use"]) {
                extended = VolumeSummary(volume: settled, project: volume.project)
            }
        }
        return extended
    }

    /// Deletes a detached volume.
    public func delete(_ volume: VolumeSummary) async throws {
        if let placement = volume.attachments.first {
            throw CoreError.resource(.volumeAttached(volume: volume.displayName, instance: placement.instanceName ?? placement.instanceID))
        }
        try await session.services(for: volume.project).blockStorage().deleteVolume(id: volume.id)
    }
}

extension CloudSession {
    /// The volumes of this cloud's projects.
    public nonisolated var volumes: VolumeService { VolumeService(session: self) }
}
