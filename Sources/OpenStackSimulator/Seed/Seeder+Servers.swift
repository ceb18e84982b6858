/// Servers in a realistic mix of states, with their ports, floating IPs, volumes and snapshots.
extension Seeder {
    /// A repeating pattern of final states: mostly ACTIVE, some SHUTOFF, SHELVED_OFFLOADED, ERROR,
    /// SUSPENDED and PAUSED, so even small clouds show each of them.
    private static let statePattern = [
        "active", "active", "active", "stopped", "active", "active", "shelved_offloaded", "active", "active", "error",
        "active", "active", "stopped", "active", "active", "active", "suspended", "active", "active", "stopped",
        "active", "paused", "active", "active", "shelved_offloaded",
    ]

    /// Flavor ids weighted toward the small ones.
    private static let flavorWeights = ["1", "2", "2", "3", "3", "3", "4", "4", "5", "8"]

    mutating func seedServers() {
        let projects = demoProjects
        guard !projects.isEmpty, options.servers > 0 else { return }
        let span = 400.0 * 86_400
        let spacing = span / Double(options.servers)
        let images = bootableImageIDs
        var counters: [String: Int] = [:]
        for index in 0..<options.servers {
            let project = projects[index % projects.count]
            let isBuilding = index == options.servers - 1
            let created = isBuilding ? now : now - span + Double(index) * spacing + Double(world.random.below(Int(spacing / 2) + 1))
            let vmState = isBuilding ? "building" : Self.statePattern[index % Self.statePattern.count]
            let topic = project.name.replacingOccurrences(of: "demo-", with: "")
            let role = SeedCatalog.roles[world.random.below(SeedCatalog.roles.count)]
            counters[project.id + role, default: 0] += 1
            let name = "\(topic)-\(role)-" + (counters[project.id + role, default: 1] < 10 ? "0" : "") + "\(counters[project.id + role, default: 1])"
            let ownedByCollaborator = index % projects.count == 0 && index % 7 == 3
            let bootFromVolume = !isBuilding && index % 12 == 5
            var server = makeServer(
                name: name, project: project, created: created, vmState: vmState,
                imageID: bootFromVolume ? nil : images[world.random.below(images.count)],
                userID: ownedByCollaborator ? collaboratorID : demoUserID,
                keyName: ownedByCollaborator ? "collaborator-key" : (index % 5 == 4 ? nil : "demo-laptop"))
            if index % 3 != 2 { server.securityGroups = ["default", "ssh-and-ping"] }
            world.compute.servers.insert(server)
            addResources(for: server, vmState: vmState, bootFromVolume: bootFromVolume, images: images)
        }
        for project in projects {
            _ = world.allocateFloatingIP(projectID: project.id, now: now - 30 * 86_400)
            addVolume(project: project.id, name: "dataset-archive", size: 500, created: now - 90 * 86_400)
        }
    }

    private mutating func makeServer(
        name: String, project: ProjectRecord, created: Timestamp, vmState: String, imageID: String?, userID: String,
        keyName: String?
    ) -> ServerRecord {
        let bootTime = world.settings.bootTime
        let flavorID = Self.flavorWeights[world.random.below(Self.flavorWeights.count)]
        let changed = created + max((now.seconds - created.seconds) * 0.7, bootTime)
        var phases: Timeline<ServerPhase>
        var fault: ServerFault?
        switch vmState {
        case "building":
            let plan = ServerLifecycle.build(flavorID: flavorID, bootTime: bootTime)
            phases = Timeline(plan.immediate, at: created)
            phases.schedule(at: created, plan.immediate, then: plan.later)
        case "error":
            phases = Timeline(ServerPhase(vmState: "error", taskState: nil, powerState: ServerPhase.noState, flavorID: flavorID), at: created + 5)
            fault = ServerFault(code: 500, message: "No valid host was found. There are not enough hosts available.", created: created + 5)
        case "active":
            phases = Timeline(ServerLifecycle.settled("active", power: ServerPhase.running, flavorID: flavorID), at: created + bootTime)
        case "paused":
            phases = Timeline(ServerLifecycle.settled("paused", power: ServerPhase.paused, flavorID: flavorID), at: changed)
        default:
            phases = Timeline(ServerLifecycle.settled(vmState, power: ServerPhase.shutdown, flavorID: flavorID), at: changed)
        }
        return ServerRecord(
            id: world.random.uuid(), name: name, projectID: project.id, userID: userID, imageID: imageID, keyName: keyName,
            createdAt: created, updatedAt: created, launchedAt: vmState == "error" ? nil : created + bootTime,
            hostName: "compute-\(world.random.below(12) + 1)", phases: phases,
            bootStartedAt: created + ServerLifecycle.guestStartFraction * bootTime,
            bootDuration: (1 - ServerLifecycle.guestStartFraction) * bootTime, fault: fault)
    }

    /// Ports (not for servers that failed to schedule), some floating IPs, data volumes and snapshots.
    private mutating func addResources(for server: ServerRecord, vmState: String, bootFromVolume: Bool, images: [String]) {
        guard vmState != "error" else { return }
        if let networkID = world.network.projectNetworkIDs[server.projectID],
            let port = world.createServerPort(
                serverID: server.id, projectID: server.projectID, networkID: networkID,
                securityGroupNames: server.securityGroups, now: server.createdAt),
            vmState == "active", world.random.chance(0.4)
        {
            let floating = world.allocateFloatingIP(projectID: server.projectID, now: server.createdAt + 60)
            world.associate(floatingID: floating.id, portID: port.id, now: server.createdAt + 60)
        }
        let attachAt = server.createdAt + world.settings.bootTime
        if bootFromVolume {
            let volumeID = addVolume(
                project: server.projectID, name: "", size: 60, created: server.createdAt, imageID: images.first)
            attach(volumeID, to: server.id, device: "/dev/vda", at: attachAt)
        }
        if vmState != "building", world.random.chance(0.25) {
            let volumeID = addVolume(
                project: server.projectID, name: server.name + "-data", size: [10, 50, 100, 250][world.random.below(4)],
                created: server.createdAt + 120)
            attach(volumeID, to: server.id, device: "/dev/vdb", at: attachAt + 120)
        }
        if vmState == "active", world.random.chance(0.08) {
            var image = world.snapshotImage(of: server, name: server.name + "-snapshot", now: attachAt + 86_400, uploadTime: 10)
            image.status = Timeline("active", at: image.createdAt + 12)
            world.images.images.insert(image)
        }
    }

    @discardableResult
    private mutating func addVolume(project: String, name: String, size: Int, created: Timestamp, imageID: String? = nil) -> String {
        let volume = VolumeRecord(
            id: world.random.uuid(), name: name, description: nil, projectID: project, userID: demoUserID, size: size,
            status: Timeline("available", at: created + 10), bootable: imageID != nil, imageID: imageID,
            createdAt: created, updatedAt: created + 10)
        world.volumes.volumes.insert(volume)
        return volume.id
    }

    private mutating func attach(_ volumeID: String, to serverID: String, device: String, at time: Timestamp) {
        guard var volume = world.volumes.volumes[volumeID] else { return }
        volume.attachments = [
            VolumeAttachmentRecord(id: world.random.uuid(), bdmID: world.random.uuid(), serverID: serverID, device: device, attachedAt: time)
        ]
        volume.status = Timeline("in-use", at: time)
        volume.updatedAt = time
        world.volumes.volumes.insert(volume)
        world.compute.servers[serverID]?.attachedVolumes.append(volumeID)
    }
}
