import Foundation

extension Server {
    /// Decodes the wire form, tolerating Nova's `"image": ""` for servers booted from a volume.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        status = try c.decodeIfPresent(ServerStatus.self, forKey: .status)
        tenantID = try c.decodeIfPresent(String.self, forKey: .tenantID)
        userID = try c.decodeIfPresent(String.self, forKey: .userID)
        created = try c.decodeIfPresent(Date.self, forKey: .created)
        updated = try c.decodeIfPresent(Date.self, forKey: .updated)
        hostID = try c.decodeIfPresent(String.self, forKey: .hostID)
        addresses = try c.decodeIfPresent([String: [ServerAddress]].self, forKey: .addresses)
        accessIPv4 = try c.decodeIfPresent(String.self, forKey: .accessIPv4)
        accessIPv6 = try c.decodeIfPresent(String.self, forKey: .accessIPv6)
        if (try? c.decodeIfPresent(String.self, forKey: .image)) != nil {
            image = nil
        } else {
            image = try c.decodeIfPresent(ServerImage.self, forKey: .image)
        }
        flavor = try c.decodeIfPresent(ServerFlavor.self, forKey: .flavor)
        keyName = try c.decodeIfPresent(String.self, forKey: .keyName)
        metadata = try c.decodeIfPresent([String: String].self, forKey: .metadata)
        securityGroups = try c.decodeIfPresent([ServerSecurityGroup].self, forKey: .securityGroups)
        availabilityZone = try c.decodeIfPresent(String.self, forKey: .availabilityZone)
        powerState = try c.decodeIfPresent(Int.self, forKey: .powerState)
        taskState = try c.decodeIfPresent(String.self, forKey: .taskState)
        vmState = try c.decodeIfPresent(String.self, forKey: .vmState)
        launchedAt = try c.decodeIfPresent(Date.self, forKey: .launchedAt)
        terminatedAt = try c.decodeIfPresent(Date.self, forKey: .terminatedAt)
        volumesAttached = try c.decodeIfPresent([ServerAttachedVolume].self, forKey: .volumesAttached)
        progress = try c.decodeIfPresent(Int.self, forKey: .progress)
        locked = try c.decodeIfPresent(Bool.self, forKey: .locked)
        lockedReason = try c.decodeIfPresent(String.self, forKey: .lockedReason)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        hostname = try c.decodeIfPresent(String.self, forKey: .hostname)
        configDrive = try c.decodeIfPresent(String.self, forKey: .configDrive)
        fault = try c.decodeIfPresent(ServerFault.self, forKey: .fault)
        serverGroups = try c.decodeIfPresent([String].self, forKey: .serverGroups)
    }
}
