import Hummingbird

/// `POST /compute/v2.1/servers/{id}/action` (Compute API ref, "Servers - run an action").
struct ServerActionRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .post, "/compute/v2.1/servers/:server_id/action") { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            guard let body = request.body, body.keys.count == 1, let action = body.keys.first, let payload = body[action] else {
                throw APIError.badRequest("Malformed request body")
            }
            return try Self.run(action, payload: payload, server: server, request: request, world: &world)
        }
    }

    private static func run(
        _ action: String, payload: JSON, server: ServerRecord, request: APIRequest, world: inout World
    ) throws(APIError) -> APIResponse {
        let phase = server.phase(at: request.now)
        switch action {
        case "os-getConsoleOutput":
            return try consoleOutput(payload, server: server, phase: phase, request: request, world: world)
        case "lock":
            // Compute API ref, "Lock Server (lock Action)": 202; `locked_reason` from 2.73.
            var locked = server
            locked.locked = true
            if request.microversion.atLeast(2, 73) { locked.lockedReason = payload["locked_reason"]?.stringValue }
            locked.updatedAt = request.now
            world.compute.servers.insert(locked)
            return .empty(202)
        case "unlock":
            var unlocked = server
            unlocked.locked = false
            unlocked.lockedReason = nil
            unlocked.updatedAt = request.now
            world.compute.servers.insert(unlocked)
            return .empty(202)
        case "createImage":
            return try createImage(payload, server: server, phase: phase, request: request, world: &world)
        case "rebuild":
            try ServerActionRule.rebuild.check(server, phase: phase)
            try rebuild(payload, server: server, request: request, world: &world)
            guard let rebuilt = world.compute.servers[server.id] else { return .empty(202) }
            var body = world.serverJSON(rebuilt, request: request, includeServerGroups: true)
            body.append("adminPass", .string(world.random.hex(12)))
            return .json(["server": body], status: 202)
        default:
            guard let rule = rule(for: action, payload: payload) else {
                throw APIError.badRequest("There is no such action: \(action)")
            }
            try rule.check(server, phase: phase)
            try world.perform(action, on: server.id, payload: payload, request: request)
            // Compute API ref, "Confirm Resized Server (confirmResize Action)": 204; the others 202.
            return .empty(action == "confirmResize" ? 204 : 202)
        }
    }

    private static func rule(for action: String, payload: JSON) -> ServerActionRule? {
        switch action {
        case "os-stop": .stop
        case "os-start": .start
        case "reboot": payload["type"]?.stringValue?.uppercased() == "HARD" ? .hardReboot : .softReboot
        case "pause": .pause
        case "unpause": .unpause
        case "suspend": .suspend
        case "resume": .resume
        case "shelve": .shelve
        case "unshelve": .unshelve
        case "resize": .resize
        case "confirmResize": .confirmResize
        case "revertResize": .revertResize
        default: nil
        }
    }

    /// Compute API ref, "Show Console Output (os-getConsoleOutput Action)": `length` lines from the
    /// end (-1 or absent for all); 409 while the instance has no host.
    private static func consoleOutput(
        _ payload: JSON, server: ServerRecord, phase: ServerPhase, request: APIRequest, world: World
    ) throws(APIError) -> APIResponse {
        guard phase.hasHost, phase.vmState != "error" else {
            throw APIError.conflict("Instance \(server.id) is not ready")
        }
        var length: Int?
        if let value = payload["length"], !value.isNull {
            guard let number = value.intValue ?? value.stringValue.flatMap({ Int($0) }), number >= -1 else {
                throw World.invalid("length", "\(value.text) does not match '^-?[0-9]+$'")
            }
            length = number == -1 ? nil : number
        }
        let address = world.network.portsByDevice[server.id]?.first.flatMap { world.network.ports[$0]?.ipAddress } ?? "10.0.0.10"
        let elapsed = request.now.seconds - server.bootStartedAt.seconds
        var output = ConsoleLog.output(
            hostname: ServerView.hostname(server.name), distro: world.distroName(of: server), address: address,
            elapsed: elapsed, duration: server.bootDuration, length: nil)
        output += world.setupConsoleText(server, elapsed: elapsed)
        if let length {
            output = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().suffix(length)
                .map { $0 + "\n" }.joined()
        }
        return .json(["output": .string(output)])
    }

    /// Compute API ref, "Create Image (createImage Action)": 202, with `image_id` in the body from
    /// 2.45 and in the Location header before.
    private static func createImage(
        _ payload: JSON, server: ServerRecord, phase: ServerPhase, request: APIRequest, world: inout World
    ) throws(APIError) -> APIResponse {
        try ServerActionRule.createImage.check(server, phase: phase)
        guard let name = payload["name"]?.stringValue, !name.isEmpty else {
            throw World.invalid("createImage", "'name' is a required property")
        }
        var image = world.snapshotImage(of: server, name: name, now: request.now, uploadTime: 10)
        for (key, value) in payload["metadata"]?.stringDictionary ?? [:] { image.properties[key] = value }
        world.images.images.insert(image)
        var snapshotting = server
        let tasks = [("image_snapshot", 2.0), ("image_pending_upload", 2.0), ("image_uploading", 8.0)]
        var settled = phase
        settled.taskState = nil
        let plan = ServerLifecycle.plan(from: phase, tasks: tasks, final: settled)
        snapshotting.phases.schedule(at: request.now, plan.immediate, then: plan.later)
        world.compute.servers.insert(snapshotting)
        if request.microversion.atLeast(2, 45) { return .json(["image_id": .string(image.id)], status: 202) }
        return .empty(202, headers: [("Location", "\(request.baseURL)/image/v2/images/\(image.id)")])
    }

    /// Compute API ref, "Rebuild Server (rebuild Action)": `imageRef` required; the server takes the
    /// new image (and name, metadata, description) at once, then rebuilds.
    private static func rebuild(_ payload: JSON, server: ServerRecord, request: APIRequest, world: inout World) throws(APIError) {
        guard let imageRef = payload["imageRef"]?.stringValue else {
            throw World.invalid("rebuild", "'imageRef' is a required property")
        }
        guard let image = world.images.images[imageRef], world.images.isVisible(image, to: request.projectID) else {
            throw APIError.badRequest("Can not find requested image")
        }
        var updated = server
        updated.imageID = image.id
        if let name = payload["name"]?.stringValue { updated.name = name }
        if let metadata = payload["metadata"]?.stringDictionary { updated.metadata = metadata }
        if request.microversion.atLeast(2, 19), let description = payload["description"] {
            updated.description = description.stringValue
        }
        world.compute.servers.insert(updated)
        try world.perform("rebuild", on: server.id, payload: payload, request: request)
    }
}

extension World {
    /// The release name a guest prints before its login prompt, from the image's `os_distro`.
    func distroName(of server: ServerRecord) -> String {
        let imageID = server.imageID ?? server.attachedVolumes.compactMap { volumes.volumes[$0]?.imageID }.first
        guard let image = imageID.flatMap({ images.images[$0] }) else { return "" }
        let version = image.properties["os_version"] ?? ""
        switch image.properties["os_distro"] {
        case "ubuntu": return "Ubuntu \(version) LTS"
        case "rocky": return "Rocky Linux \(version) (Blue Onyx)"
        case "debian": return "Debian GNU/Linux \(version)"
        case "centos": return "CentOS Linux \(version) (Core)"
        default: return ""
        }
    }
}
