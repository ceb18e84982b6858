/// `POST /volumes` (Block Storage API ref, "Create a volume"): 202, creating → available.
extension World {
    mutating func createVolume(_ request: APIRequest) throws(APIError) -> VolumeRecord {
        guard let body = request.body?["volume"], body.isObject else {
            throw APIError.badRequest("Missing required element 'volume' in request body.")
        }
        guard let size = body["size"].flatMap({ $0.intValue ?? $0.stringValue.flatMap { Int($0) } }), (1...1_000_000).contains(size) else {
            throw APIError.badRequest(
                "Invalid input for field/attribute size. Value: \(body["size"]?.text ?? "None"). 'size' must be a positive integer")
        }
        if let type = body["volume_type"]?.stringValue, type != "lvmdriver-1", type != Self.volumeTypeID {
            throw APIError.notFound("Volume type with name \(type) could not be found.")
        }
        var imageID: String?
        if let imageRef = body["imageRef"]?.stringValue {
            guard let image = images.images[imageRef], images.isVisible(image, to: request.projectID) else {
                throw APIError.badRequest("Invalid image identifier or unable to access requested image.")
            }
            imageID = image.id
        }
        let quota = volumes.quotas[request.projectID] ?? (volumes: 10, gigabytes: 1000)
        let own = volumes.volumes.all.filter { $0.projectID == request.projectID && !isGone($0, at: request.now) }
        // Cinder answers an exceeded quota with 413 (VolumeLimitExceeded / VolumeSizeExceedsAvailableQuota).
        guard own.count < quota.volumes else {
            throw APIError(413, "VolumeLimitExceeded: Maximum number of volumes allowed (\(quota.volumes)) exceeded for quota 'volumes'.")
        }
        let used = own.reduce(0) { $0 + $1.size }
        guard used + size <= quota.gigabytes else {
            throw APIError(
                413,
                "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested \(size)G, quota is \(quota.gigabytes)G and \(used)G has been consumed.")
        }
        var status = Timeline("creating", at: request.now)
        status.schedule(
            at: request.now, "creating", then: imageID == nil ? [(4, "available")] : [(2, "downloading"), (6, "available")])
        let volume = VolumeRecord(
            id: random.uuid(), name: body["name"]?.stringValue, description: body["description"]?.stringValue,
            projectID: request.projectID, userID: request.userID, size: size, status: status, bootable: imageID != nil,
            imageID: imageID, metadata: body["metadata"]?.stringDictionary ?? [:], createdAt: request.now,
            updatedAt: request.now)
        volumes.volumes.insert(volume)
        return volume
    }
}
