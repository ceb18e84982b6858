/// Attaching volumes to servers, shared by Nova's `os-volume_attachments` and the seed.
extension World {
    /// Simulated seconds a volume spends `attaching` or `detaching`.
    static let attachTime = 2.0

    /// Attaches an available volume: it goes `attaching` → `in-use` and the server lists it.
    mutating func attachVolume(
        _ volumeID: String, to serverID: String, device requested: String?, now: Timestamp
    ) throws(APIError) -> VolumeAttachmentRecord {
        guard var volume = volumes.volumes[volumeID], var server = compute.servers[serverID],
            volume.projectID == server.projectID
        else {
            throw APIError.notFound("Volume \(volumeID) could not be found.")
        }
        let status = volume.status.state(at: now)
        guard status == "available" else {
            // Cinder's reserve check, relayed by Nova as a 400.
            throw APIError.badRequest(
                "Invalid volume: Volume \(volumeID) status must be available or downloading to reserve, but the current status is \(status).")
        }
        let used = Set(server.attachedVolumes.compactMap { volumes.volumes[$0]?.attachments.first?.device })
        let device =
            requested
            ?? (UInt8(ascii: "b")...UInt8(ascii: "z")).map { "/dev/vd" + String(UnicodeScalar($0)) }.first { !used.contains($0) }
            ?? "/dev/vdz"
        let attachment = VolumeAttachmentRecord(id: random.uuid(), bdmID: random.uuid(), serverID: serverID, device: device, attachedAt: now)
        volume.attachments = [attachment]
        volume.status.schedule(at: now, "attaching", then: [(Self.attachTime, "in-use")])
        volume.updatedAt = now
        volumes.volumes.insert(volume)
        if !server.attachedVolumes.contains(volumeID) { server.attachedVolumes.append(volumeID) }
        compute.servers.insert(server)
        return attachment
    }

    /// Detaches a volume: it goes `detaching` → `available`.
    mutating func detachVolume(_ volumeID: String, from serverID: String, now: Timestamp) {
        if var volume = volumes.volumes[volumeID] {
            volume.attachments.removeAll { $0.serverID == serverID }
            volume.status.schedule(at: now, "detaching", then: [(Self.attachTime, "available")])
            volume.updatedAt = now
            volumes.volumes.insert(volume)
        }
        if var server = compute.servers[serverID] {
            server.attachedVolumes.removeAll { $0 == volumeID }
            compute.servers.insert(server)
        }
    }
}
