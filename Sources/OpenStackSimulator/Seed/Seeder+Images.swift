/// Public images owned by the admin project.
extension Seeder {
    mutating func seedImages() {
        for seed in SeedCatalog.images {
            let created = now - seed.ageDays * 86_400
            let image = ImageRecord(
                id: world.random.uuid(), name: seed.name, ownerID: world.settings.adminProjectID, visibility: "public",
                status: Timeline("active", at: created), diskFormat: "qcow2", containerFormat: "bare", size: seed.size,
                virtualSize: 21_474_836_480, minDisk: 20, minRAM: 0, checksum: world.random.hex(32),
                hashValue: world.random.hex(128), isProtected: true, isHidden: seed.hidden,
                tags: seed.hidden ? ["deprecated"] : ["featured"],
                properties: [
                    "os_distro": seed.distro, "os_version": seed.version, "os_type": "linux",
                    "hw_disk_bus": "virtio", "hw_qemu_guest_agent": "yes"
                ],
                createdAt: created, updatedAt: created + 3600)
            world.images.images.insert(image)
        }
    }

    /// Active, visible images servers can boot from.
    var bootableImageIDs: [String] {
        world.images.images.all.filter { !$0.isHidden && $0.visibility == "public" }.map(\.id)
    }
}
