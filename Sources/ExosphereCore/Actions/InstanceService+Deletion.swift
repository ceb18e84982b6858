import OpenStackAPI

extension InstanceService {
    /// Finds what deleting `instance` could also remove: its floating IPs and the volumes created
    /// with it (tagged `exosphere_created_for`, or a boot volume Nova keeps).
    public func planDeletion(of instance: Instance) async throws -> DeletionPlan {
        let services = try await session.services(for: instance.project)
        let server = try await services.compute.showServer(id: instance.id)
        // Networking API reference, "Ports": a server's ports carry its id as `device_id`.
        let ports = try await services.network.listPorts(NetworkListQuery(filters: ["device_id": instance.id]))
        let portIDs = Set(ports.map(\.id))
        let floating = try await services.network.listFloatingIPs().filter { $0.portID.map(portIDs.contains) ?? false }
        let names = [instance.id: instance.name]
        let portOwners = Dictionary(ports.map { ($0.id, instance.id) }, uniquingKeysWith: { first, _ in first })
        var volumes: [CascadeVolume] = []
        let attached = server.volumesAttached ?? []
        guard let storage = try await Self.blockStorageIfOffered(services) else {
            return DeletionPlan(
                instance: instance,
                floatingIPs: floating.map { FloatingIPSummary(floatingIP: $0, project: instance.project, ports: portOwners, instanceNames: names) },
                volumes: [])
        }
        let tagged = try await storage.listVolumes().filter { $0.metadata?[DeletionPlan.createdForKey] == instance.id }
        volumes += tagged.map { CascadeVolume(volume: VolumeSummary(volume: $0, project: instance.project, instanceNames: names), reason: .createdForInstance) }
        // Compute API reference, "Show Server Details": an instance booted from a volume has an
        // empty `image`; `os-extended-volumes:volumes_attached` says which volumes Nova deletes
        // with it (`delete_on_termination`, since 2.3).
        if server.image?.id == nil || server.image?.id == "" {
            for attachment in attached where attachment.deleteOnTermination != true {
                guard !tagged.contains(where: { $0.id == attachment.id }) else { continue }
                let volume = try await storage.showVolume(id: attachment.id)
                guard volume.bootable == true, volume.attachments.contains(where: { Self.isRootDevice($0.device) }) else { continue }
                volumes.append(CascadeVolume(volume: VolumeSummary(volume: volume, project: instance.project, instanceNames: names), reason: .bootVolume))
            }
        }
        return DeletionPlan(
            instance: instance,
            floatingIPs: floating.map { FloatingIPSummary(floatingIP: $0, project: instance.project, ports: portOwners, instanceNames: names) },
            volumes: volumes)
    }

    /// Deletes the plan's instance and, as `choices` say, releases its floating IPs and deletes its
    /// volumes. Deleting volumes waits until the instance is gone and they are detached (with
    /// `wait`, or the default ``WaitPolicy``).
    ///
    /// - Throws: ``CoreError/action(_:)`` when the matrix refuses (a locked instance) or a wait
    ///   times out; ``OpenStackAPI/OpenStackError`` when the cloud refuses a step.
    public func delete(
        _ plan: DeletionPlan, choices: DeletionChoices, matrix: ActionMatrix = ActionMatrix(), wait: WaitPolicy? = nil,
        progress: ActionProgressHandler? = nil
    ) async throws -> DeletionReport {
        let waitPolicy = wait ?? (choices.deleteVolumes && !plan.volumes.isEmpty ? WaitPolicy() : nil)
        let outcome = try await perform(.delete, on: plan.instance, matrix: matrix, wait: waitPolicy, progress: progress)
        let services = try await session.services(for: plan.instance.project)
        var report = DeletionReport(
            instance: plan.instance, confirmedGone: outcome.finalStatus == "DELETED", releasedFloatingIPs: [],
            keptFloatingIPs: [], deletedVolumes: [], keptVolumes: [])
        for floatingIP in plan.floatingIPs {
            if choices.releaseFloatingIPs {
                try await services.network.deleteFloatingIP(id: floatingIP.id)
                report.releasedFloatingIPs.append(floatingIP.address)
            } else {
                report.keptFloatingIPs.append(floatingIP.address)
            }
        }
        guard choices.deleteVolumes, !plan.volumes.isEmpty else {
            report.keptVolumes = plan.volumes.map(\.volume.displayName)
            return report
        }
        let storage = try await services.blockStorage()
        for cascade in plan.volumes {
            let waiter = VolumeWaiter(storage: storage, policy: waitPolicy ?? WaitPolicy())
            guard try await waiter.waitUntilDetached(cascade.volume) else { continue }
            try await storage.deleteVolume(id: cascade.volume.id)
            report.deletedVolumes.append(cascade.volume.displayName)
        }
        return report
    }

    /// Cinder, or `nil` on a cloud without block storage (no volumes to clean up there).
    private static func blockStorageIfOffered(_ services: ProjectServices) async throws -> BlockStorageClient? {
        do {
            return try await services.blockStorage()
        } catch OpenStackError.endpointNotFound {
            return nil
        }
    }

    private static func isRootDevice(_ device: String?) -> Bool {
        guard let device else { return false }
        return ["/dev/vda", "/dev/sda", "/dev/xvda", "/dev/hda"].contains(device)
    }
}
