/// Booting from a volume with `block_device_mapping_v2` (Compute API ref, "Create Server").
extension World {
    /// The root disk asked for in `block_device_mapping_v2` (boot_index 0, destination volume).
    enum BootVolume {
        /// A new volume of `size` GiB made from an image; deleted with the server when
        /// `delete_on_termination` is true (Nova's default for it is false).
        case fromImage(imageID: String, size: Int, deleteOnTermination: Bool)
        /// An existing, available volume.
        case existing(volumeID: String)
    }

    func bootVolumeRequest(_ body: JSON, request: APIRequest) throws(APIError) -> BootVolume? {
        guard let mappings = body["block_device_mapping_v2"]?.arrayValue else { return nil }
        for mapping in mappings {
            let index = mapping["boot_index"].flatMap { $0.intValue ?? $0.stringValue.flatMap { Int($0) } }
            guard index == 0, mapping["destination_type"]?.stringValue == "volume" else { continue }
            guard let uuid = mapping["uuid"]?.stringValue else {
                throw Self.invalid("block_device_mapping_v2", "'uuid' is required for a boot volume")
            }
            switch mapping["source_type"]?.stringValue {
            case "image":
                guard let image = images.images[uuid], images.isVisible(image, to: request.projectID) else {
                    throw APIError.badRequest("Can not find requested image")
                }
                guard let size = mapping["volume_size"]?.intValue, size > 0 else {
                    throw APIError.badRequest("Images with destination_type 'volume' need to have a non-zero size specified")
                }
                return .fromImage(
                    imageID: image.id, size: size, deleteOnTermination: mapping["delete_on_termination"]?.boolValue ?? false)
            case "volume":
                guard let volume = volumes.volumes[uuid], volume.projectID == request.projectID else {
                    throw APIError.badRequest("Block Device Mapping is Invalid: failed to get volume \(uuid).")
                }
                return .existing(volumeID: volume.id)
            default:
                throw APIError.badRequest("Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.")
            }
        }
        return nil
    }

    mutating func attachBootVolume(_ boot: BootVolume, to serverID: String, request: APIRequest) throws(APIError) {
        switch boot {
        case .existing(let volumeID):
            _ = try attachVolume(volumeID, to: serverID, device: "/dev/vda", now: request.now)
        case .fromImage(let imageID, let size, let deleteOnTermination):
            let creation = 0.2 * settings.bootTime
            var status = Timeline("creating", at: request.now)
            status.schedule(at: request.now, "creating", then: [(creation / 2, "downloading"), (creation / 2, "in-use")])
            let volume = VolumeRecord(
                id: random.uuid(), name: "", description: nil, projectID: request.projectID, userID: request.userID,
                size: size, status: status, bootable: true, imageID: imageID,
                attachments: [VolumeAttachmentRecord(id: random.uuid(), bdmID: random.uuid(), serverID: serverID, device: "/dev/vda", attachedAt: request.now + creation)],
                createdAt: request.now, updatedAt: request.now)
            volumes.volumes.insert(volume)
            compute.servers[serverID]?.attachedVolumes.append(volume.id)
            if deleteOnTermination { launch.volumesDeletedWithServer.insert(volume.id) }
        }
    }
}
