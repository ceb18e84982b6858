/// Server JSON, shaped by microversion (Compute API ref, "List Servers Detailed" and "Show Server
/// Details"), built from snapshots without the world lock.
enum ServerView {
    /// The short form in `GET /servers`: `id`, `links`, `name`.
    static func summaryJSON(_ server: ServerRecord, baseURL: String) -> JSON {
        ["id": .string(server.id), "links": ComputeLinks.links(baseURL, "servers", server.id), "name": .string(server.name)]
    }

    /// The full form, made from `inputs` alone.
    static func json(_ inputs: ServerViewInputs) -> JSON {
        let snapshot = inputs.snapshot
        let server = snapshot.server
        let version = inputs.microversion
        let baseURL = inputs.baseURL
        let phase = inputs.phase
        var members: [(String, JSON)] = [
            ("OS-DCF:diskConfig", "MANUAL"),
            ("OS-EXT-AZ:availability_zone", .string(phase.hasHost ? "nova" : "")),
            ("OS-EXT-STS:power_state", .int(phase.powerState)),
            ("OS-EXT-STS:task_state", .optional(phase.taskState)),
            ("OS-EXT-STS:vm_state", .string(phase.vmState)),
            ("OS-SRV-USG:launched_at", .optional(inputs.launchedAt?.microseconds)),
            ("OS-SRV-USG:terminated_at", nil),
            ("accessIPv4", ""), ("accessIPv6", ""),
            ("addresses", addressesJSON(snapshot)),
            ("config_drive", ""),
            ("created", .string(server.createdAt.iso)),
            ("flavor", flavorReferenceJSON(snapshot, microversion: version, baseURL: baseURL)),
            ("hostId", .string(phase.hasHost ? ComputeLinks.hostID(projectID: server.projectID, host: server.hostName) : "")),
            ("id", .string(server.id)),
            // Compute API ref: `image` is "" for a server booted from a volume.
            ("image", server.imageID.map { ["id": .string($0), "links": ComputeLinks.bookmark(baseURL, "images", $0)] } ?? ""),
            ("key_name", .optional(server.keyName)),
            ("links", ComputeLinks.links(baseURL, "servers", server.id)),
            ("metadata", .stringMap(server.metadata)),
            ("name", .string(server.name)),
            ("os-extended-volumes:volumes_attached", .array(server.attachedVolumes.map { id in
                version.atLeast(2, 3) ? ["id": .string(id), "delete_on_termination": false] : ["id": .string(id)]
            })),
            ("progress", .int(phase.progress)),
            ("status", .string(phase.status)),
            ("tenant_id", .string(server.projectID)),
            ("updated", .string(inputs.updated.iso)),
            ("user_id", .string(server.userID)),
        ]
        // Nova reports security groups through the server's ports; without ports there is no key.
        if snapshot.hasPorts {
            let index = members.firstIndex { $0.0 == "status" } ?? members.endIndex
            members.insert(("security_groups", .array(server.securityGroups.map { ["name": .string($0)] })), at: index)
        }
        if let fault = server.fault, phase.vmState == "error" {
            members.append(("fault", ["code": .int(fault.code), "created": .string(fault.created.iso), "message": .string(fault.message)]))
        }
        if version.atLeast(2, 9) { members.append(("locked", .bool(server.locked))) }
        if version.atLeast(2, 19) { members.append(("description", .optional(server.description))) }
        if version.atLeast(2, 26) { members.append(("tags", .strings(server.tags))) }
        if version.atLeast(2, 63) { members.append(("trusted_image_certificates", nil)) }
        if version.atLeast(2, 71), inputs.includeServerGroups { members.append(("server_groups", [])) }
        if version.atLeast(2, 73) { members.append(("locked_reason", .optional(server.lockedReason))) }
        if version.atLeast(2, 90) { members.append(("OS-EXT-SRV-ATTR:hostname", .string(hostname(server.name)))) }
        return .object(members)
    }

    /// Before 2.47 `{id, links}`; from 2.47 the flavor itself: `vcpus`, `ram`, `disk`, `ephemeral`,
    /// `swap`, `original_name`, `extra_specs`.
    static func flavorReferenceJSON(_ snapshot: ServerSnapshot, microversion: Microversion, baseURL: String) -> JSON {
        let flavorID = snapshot.flavorID
        let flavor = snapshot.flavor
        guard microversion.atLeast(2, 47) else {
            return ["id": .string(flavorID), "links": ComputeLinks.bookmark(baseURL, "flavors", flavorID)]
        }
        return [
            "vcpus": .int(flavor?.vcpus ?? 0), "ram": .int(flavor?.ram ?? 0), "disk": .int(flavor?.disk ?? 0),
            "ephemeral": .int(flavor?.ephemeral ?? 0), "swap": .int(flavor?.swap ?? 0),
            "original_name": .string(flavor?.name ?? flavorID), "extra_specs": .stringMap(flavor?.extraSpecs ?? [:]),
        ]
    }

    /// `addresses`: per network name, the fixed address of each port and any floating IP on it.
    static func addressesJSON(_ snapshot: ServerSnapshot) -> JSON {
        .object(snapshot.addresses.map { group in
            (group.network, .array(group.entries.map { addressJSON($0.mac, $0.address, type: $0.type) }))
        })
    }

    private static func addressJSON(_ mac: String, _ address: String, type: String) -> JSON {
        ["OS-EXT-IPS-MAC:mac_addr": .string(mac), "version": 4, "addr": .string(address), "OS-EXT-IPS:type": .string(type)]
    }

    /// The guest hostname Nova derives from the display name (lower case, letters, digits, dashes).
    static func hostname(_ name: String) -> String {
        if isHostname(name) { return name }
        let mapped = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let trimmed = String(mapped).split(separator: "-").joined(separator: "-")
        return trimmed.isEmpty ? "server" : String(trimmed.prefix(63))
    }

    /// True when `name` is already what ``hostname(_:)`` would make of it (seeded and most typed
    /// names are), which spares the Unicode-aware mapping on every listing.
    private static func isHostname(_ name: String) -> Bool {
        var previous = UInt8(ascii: "-")
        var count = 0
        for byte in name.utf8 {
            let isDash = byte == UInt8(ascii: "-")
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (isDash && previous != byte) else {
                return false
            }
            previous = byte
            count += 1
        }
        return count > 0 && count <= 63 && previous != UInt8(ascii: "-")
    }
}
