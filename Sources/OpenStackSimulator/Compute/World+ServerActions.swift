/// The state changes behind `POST /servers/{id}/action`, with their intermediate task states and
/// durations (simulated seconds).
extension World {
    /// Applies a power or lifecycle action; the caller has already checked its rule.
    mutating func perform(_ action: String, on id: String, payload: JSON, request: APIRequest) throws(APIError) {
        guard var server = compute.servers[id] else { return }
        let now = request.now
        let phase = server.phase(at: now)
        let flavor = phase.flavorID
        let active = ServerLifecycle.settled("active", power: ServerPhase.running, flavorID: flavor)
        let plan: ServerLifecycle.Plan
        switch action {
        case "os-stop":
            plan = ServerLifecycle.plan(
                from: phase, tasks: [("powering-off", 4)],
                final: ServerLifecycle.settled("stopped", power: ServerPhase.shutdown, flavorID: flavor))
        case "os-start":
            plan = ServerLifecycle.plan(from: phase, tasks: [("powering-on", 6)], final: active)
            restartConsole(&server, at: now, duration: 6)
        case "reboot":
            let hard = payload["type"]?.stringValue?.uppercased() == "HARD"
            let tasks =
                hard
                ? [("rebooting_hard", 1.0), ("reboot_pending_hard", 1.0), ("reboot_started_hard", 6.0)]
                : [("rebooting", 2.0), ("reboot_pending", 1.0), ("reboot_started", 7.0)]
            plan = ServerLifecycle.plan(from: phase, tasks: tasks, final: active)
            restartConsole(&server, at: now + (hard ? 2 : 3), duration: hard ? 6 : 7)
        case "pause":
            plan = ServerLifecycle.plan(
                from: phase, tasks: [("pausing", 2)],
                final: ServerLifecycle.settled("paused", power: ServerPhase.paused, flavorID: flavor))
        case "unpause":
            plan = ServerLifecycle.plan(from: phase, tasks: [("unpausing", 2)], final: active)
        case "suspend":
            plan = ServerLifecycle.plan(
                from: phase, tasks: [("suspending", 5)],
                final: ServerLifecycle.settled("suspended", power: ServerPhase.shutdown, flavorID: flavor))
        case "resume":
            plan = ServerLifecycle.plan(from: phase, tasks: [("resuming", 5)], final: active)
        case "shelve":
            plan = shelvePlan(&server, from: phase, now: now)
        case "unshelve":
            plan = unshelvePlan(&server, from: phase, now: now)
        case "resize":
            plan = try resizePlan(&server, from: phase, payload: payload)
        case "confirmResize":
            server.previousFlavorID = nil
            let power = phase.powerState == ServerPhase.shutdown ? "stopped" : "active"
            plan = (phase, [(2, ServerLifecycle.settled(power, power: phase.powerState, flavorID: flavor))])
        case "revertResize":
            let old = server.previousFlavorID ?? flavor
            server.previousFlavorID = nil
            let final = ServerLifecycle.settled(
                phase.powerState == ServerPhase.shutdown ? "stopped" : "active", power: phase.powerState, flavorID: old)
            plan = ServerLifecycle.plan(from: phase, tasks: [("resize_reverting", 5)], final: final)
        case "rebuild":
            plan = ServerLifecycle.plan(
                from: phase, tasks: [("rebuilding", 3), ("rebuild_block_device_mapping", 2), ("rebuild_spawning", settings.bootTime / 2)],
                final: active)
            restartConsole(&server, at: now + 5, duration: settings.bootTime / 2)
        default:
            throw APIError.badRequest("There is no such action: \(action)")
        }
        server.phases.schedule(at: now, plan.immediate, then: plan.later)
        server.updatedAt = now
        compute.servers.insert(server)
    }

    private func restartConsole(_ server: inout ServerRecord, at start: Timestamp, duration: Double) {
        server.bootStartedAt = start
        server.bootDuration = duration
    }

    /// shelving → shelving_image_pending_upload → shelving_image_uploading → shelving_offloading →
    /// SHELVED_OFFLOADED, leaving a `<name>-shelved` snapshot in Glance. With Nova's default
    /// `shelved_offload_time` of 0, `_shelve_instance` sets vm_state `shelved` together with task
    /// `shelving_offloading`, so the server never rests in SHELVED.
    private mutating func shelvePlan(_ server: inout ServerRecord, from phase: ServerPhase, now: Timestamp) -> ServerLifecycle.Plan {
        let shelved = ServerLifecycle.settled("shelved", power: ServerPhase.shutdown, flavorID: phase.flavorID)
        let offloading = ServerLifecycle.during(shelved, "shelving_offloading")
        let offloaded = ServerLifecycle.settled("shelved_offloaded", power: ServerPhase.shutdown, flavorID: phase.flavorID)
        let image = snapshotImage(of: server, name: server.name + "-shelved", now: now, uploadTime: 6)
        images.images.insert(image)
        var plan = ServerLifecycle.plan(
            from: phase, tasks: [("shelving", 2), ("shelving_image_pending_upload", 2), ("shelving_image_uploading", 3)],
            final: offloading)
        plan.later.append((3, offloaded))
        return plan
    }

    private mutating func unshelvePlan(_ server: inout ServerRecord, from phase: ServerPhase, now: Timestamp) -> ServerLifecycle.Plan {
        let shelvedName = server.name + "-shelved"
        if let image = images.images.all.first(where: { $0.name == shelvedName && $0.properties["instance_uuid"] == server.id }) {
            images.images[image.id] = nil
        }
        let active = ServerLifecycle.settled("active", power: ServerPhase.running, flavorID: phase.flavorID)
        let spawn = settings.bootTime / 2
        restartConsole(&server, at: now + 3, duration: spawn)
        if phase.vmState == "shelved" {
            return ServerLifecycle.plan(from: phase, tasks: [("unshelving", 3 + spawn)], final: active)
        }
        var unshelving = ServerLifecycle.during(phase, "unshelving")
        unshelving.powerState = ServerPhase.noState
        var spawning = unshelving
        spawning.taskState = "spawning"
        return (unshelving, [(3, spawning), (spawn, active)])
    }

    /// resize_prep → resize_migrating → resize_migrated → resize_finish → VERIFY_RESIZE with the
    /// new flavor (Compute API ref, "Resize Server (resize Action)").
    private mutating func resizePlan(_ server: inout ServerRecord, from phase: ServerPhase, payload: JSON) throws(APIError) -> ServerLifecycle.Plan {
        guard let flavorRef = payload["flavorRef"].flatMap({ $0.stringValue ?? $0.intValue.map(String.init) }) else {
            throw Self.invalid("resize", "'flavorRef' is a required property")
        }
        guard let flavor = compute.flavor(id: flavorRef) else {
            throw APIError.badRequest("Unable to find flavor: Flavor \(flavorRef) could not be found.")
        }
        guard flavor.id != phase.flavorID else { throw APIError.badRequest("When resizing, instances must change flavor!") }
        server.previousFlavorID = phase.flavorID
        var finish = ServerLifecycle.during(phase, "resize_finish")
        finish.flavorID = flavor.id
        let resized = ServerLifecycle.settled("resized", power: phase.powerState, flavorID: flavor.id)
        var plan = ServerLifecycle.plan(
            from: phase, tasks: [("resize_prep", 2), ("resize_migrating", 4), ("resize_migrated", 2)], final: finish)
        plan.later.append((4, resized))
        return plan
    }

    /// A private snapshot image of a server: queued → saving → active (Image API ref: snapshots
    /// carry `image_type: snapshot`, `instance_uuid`, `base_image_ref`).
    mutating func snapshotImage(of server: ServerRecord, name: String, now: Timestamp, uploadTime: Double) -> ImageRecord {
        var status = Timeline("queued", at: now)
        status.schedule(at: now, "queued", then: [(2, "saving"), (uploadTime, "active")])
        let base = server.imageID.flatMap { images.images[$0] }
        var properties = [
            "image_type": "snapshot", "instance_uuid": server.id, "user_id": server.userID,
            "image_location": "snapshot", "owner_project_name": identity.projects[server.projectID]?.name ?? "",
            "owner_user_name": identity.users[server.userID]?.name ?? "", "boot_roles": "member,reader",
        ]
        if let base {
            properties["base_image_ref"] = base.id
            properties["os_distro"] = base.properties["os_distro"]
            properties["os_version"] = base.properties["os_version"]
        }
        let flavor = compute.flavor(id: server.phase(at: now).flavorID)
        let size = (base?.size ?? 2_147_483_648) + random.below(1 << 30)
        return ImageRecord(
            id: random.uuid(), name: name, ownerID: server.projectID, visibility: "private", status: status,
            diskFormat: "qcow2", containerFormat: "bare", size: size, virtualSize: (flavor?.disk ?? 20) << 30,
            minDisk: flavor?.disk ?? 20, minRAM: 0, checksum: random.hex(32), hashValue: random.hex(128),
            properties: properties, createdAt: now, updatedAt: now)
    }
}
