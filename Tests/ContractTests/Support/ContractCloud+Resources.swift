import OpenStackAPI

/// What a new server is made of, found by listing: nothing is assumed about names or ids.
struct BootChoice: Sendable {
    let image: Image
    /// The smallest flavor the image fits.
    let flavor: Flavor
    /// The next flavor up with at least as much disk, for resizing.
    let largerFlavor: Flavor
    /// The project's own network, or `nil` to let Nova choose (`auto`).
    let network: Network?
}

extension ContractCloud {
    /// The smallest active image, the smallest flavor that fits it and one larger, and the
    /// project's private network.
    func bootChoice() async throws -> BootChoice {
        async let imageList = images.listImages(ImageListQuery(status: .active))
        async let flavorList = compute.listFlavors()
        async let networkList = network.listNetworks()
        guard let image = try await imageList.min(by: { ($0.size ?? .max) < ($1.size ?? .max) }) else {
            throw ContractError.unexpected("the cloud has no active image to boot from")
        }
        let flavors = try await flavorList.filter { $0.disabled != true }.sorted {
            ($0.ram, $0.vcpus, $0.disk, $0.id) < ($1.ram, $1.vcpus, $1.disk, $1.id)
        }
        let fitting = flavors.filter { $0.disk >= (image.minDisk ?? 0) && $0.ram >= (image.minRAM ?? 0) }
        guard let flavor = fitting.first,
            let larger = fitting.first(where: { $0.id != flavor.id && $0.disk >= flavor.disk && $0.ram > flavor.ram })
        else {
            throw ContractError.unexpected("the cloud has no two flavors that fit image \(image.id)")
        }
        // The sandbox's standing network, not one another test is creating and deleting meanwhile
        // (contract tests run concurrently; theirs are named exo-contract-…, a launch's exosphere-…).
        let own = try await networkList.first {
            $0.projectID == projectID && $0.isExternal != true && !(($0.name ?? "").hasPrefix("exo-contract-") || ($0.name ?? "").hasPrefix("exosphere-"))
        }
        return BootChoice(image: image, flavor: flavor, largerFlavor: larger, network: own)
    }

    /// The external network floating IPs come from.
    func externalNetwork() async throws -> Network {
        guard let external = try await network.listNetworks(NetworkListQuery(isExternal: true)).first else {
            throw ContractError.unexpected("the cloud has no external network")
        }
        return external
    }

    /// Creates a server named `<prefix>-<role>`, registers its deletion and waits until it is ACTIVE.
    func bootServer(_ role: String, _ choice: BootChoice, cleanup: Cleanup) async throws -> Server {
        let networks = choice.network.map { ServerNetworks.list([ServerNetwork(uuid: $0.id)]) } ?? .auto
        let created = try await compute.createServer(
            ServerCreateRequest(
                name: names.name(role), imageRef: choice.image.id, flavorRef: choice.flavor.id, networks: networks))
        await cleanup.add("server \(created.id)") { try await deleteServerAndWait(created.id) }
        return try await waitForServer(created.id, [.active])
    }

    /// Unlocks (in case a test left it locked), deletes and waits until the server is gone; a
    /// server that is already gone is fine.
    func deleteServerAndWait(_ id: String) async throws {
        do {
            try await compute.performServerAction(.unlock, id: id)
        } catch let error as OpenStackError where error.status == 404 {
            return
        } catch {
            // Unlocking is only a precaution; the delete below reports what matters.
        }
        do {
            try await compute.deleteServer(id: id)
        } catch let error as OpenStackError where error.status == 404 {
            return
        }
        try await waitForServerGone(id)
    }

    /// Creates a 1 GiB volume named `<prefix>-<role>`, registers its deletion and waits until it
    /// is available.
    func createVolume(_ role: String, cleanup: Cleanup) async throws -> Volume {
        let volume = try await volumes.createVolume(VolumeCreateRequest(size: 1, name: names.name(role)))
        await cleanup.add("volume \(volume.id)") { try await deleteVolumeAndWait(volume.id) }
        return try await waitForVolume(volume.id, "available")
    }

    /// Detaches the volume if a test left it attached, deletes it and waits until it is gone.
    func deleteVolumeAndWait(_ id: String) async throws {
        let volume: Volume
        do {
            volume = try await volumes.showVolume(id: id)
        } catch let error as OpenStackError where error.status == 404 {
            return
        }
        for attachment in volume.attachments {
            guard let serverID = attachment.serverID else { continue }
            try? await compute.detachVolume(serverID: serverID, volumeID: id)
        }
        if volume.status != "available" && volume.status != "error" {
            try await poll("volume \(id) to settle before deletion") { () async throws -> Poll<Void> in
                let status = try await volumes.showVolume(id: id).status
                return ["available", "error"].contains(status) ? .done(()) : .pending(status)
            }
        }
        try await volumes.deleteVolume(id: id)
        try await waitForVolumeGone(id)
    }

    /// Deletes an image, ignoring one already gone.
    func deleteImageIfPresent(_ id: String) async throws {
        do {
            try await images.deleteImage(id: id)
        } catch let error as OpenStackError where error.status == 404 {
            return
        }
    }
}
