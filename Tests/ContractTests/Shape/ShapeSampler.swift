import Foundation
import OpenStackAPI
import OutboundHTTP

/// Puts a server with a volume, a floating IP and a key pair in place, then asks for every response
/// of ``ShapeReader/all`` and keeps the raw JSON the client received.
struct ShapeSampler {
    let cloud: ContractCloud
    private(set) var samples: [String: JSONNode] = [:]

    /// The samples of `cloud`; what was created is deleted by `cleanup`.
    static func collect(from cloud: ContractCloud, cleanup: Cleanup) async throws -> [String: JSONNode] {
        var sampler = ShapeSampler(cloud: cloud)
        try await sampler.run(cleanup: cleanup)
        return sampler.samples
    }

    private init(cloud: ContractCloud) {
        self.cloud = cloud
    }

    /// Keeps the newest response the transport saw as the sample for `request`.
    private mutating func keep(_ request: String, after call: () async throws -> some Any) async throws {
        _ = try await call()
        guard let exchange = cloud.transport.exchanges.last, (200..<300).contains(exchange.status),
            let json = exchange.json
        else {
            throw ContractError.unexpected("\(request): no JSON response on \(cloud.backend.testDescription)")
        }
        samples[request] = json
    }

    private mutating func run(cleanup: Cleanup) async throws {
        let cloud = self.cloud
        let compute = cloud.compute
        let network = cloud.network
        let volumes = cloud.volumes
        if let login = cloud.transport.exchanges.first(where: { $0.method == .post && $0.status == 201 }),
            let json = login.json
        {
            samples["POST /v3/auth/tokens"] = json
        }
        let choice = try await cloud.bootChoice()
        let server = try await cloud.bootServer("shape", choice, cleanup: cleanup)
        if let created = cloud.transport.exchanges.first(where: {
            $0.method == .post && $0.url.path.hasSuffix("/servers")
        }) {
            samples["POST /servers"] = created.json
        }
        let volume = try await cloud.createVolume("shape", cleanup: cleanup)
        if let created = cloud.transport.exchanges.first(where: {
            $0.method == .post && $0.url.path.hasSuffix("/volumes")
        }) {
            samples["POST /volumes"] = created.json
        }
        try await keep("POST /servers/{id}/os-volume_attachments") {
            try await compute.attachVolume(serverID: server.id, VolumeAttachRequest(volumeID: volume.id))
        }
        try await cloud.waitForVolume(volume.id, "in-use")
        let keyName = cloud.names.name("shape-key")
        let publicKey = try Fixtures.publicKey()
        try await keep("POST /os-keypairs") {
            try await compute.createKeypair(KeypairCreateRequest(name: keyName, publicKey: publicKey))
        }
        await cleanup.add("key pair \(keyName)") { try await compute.deleteKeypair(name: keyName) }
        // Found by listing everything: the `router:external` filter is the floating IP test's concern.
        guard let external = try await network.listNetworks().first(where: { $0.isExternal == true }),
            let port = try await network.listPorts(NetworkListQuery(filters: ["device_id": server.id])).first
        else {
            throw ContractError.unexpected("no external network or no port for server \(server.id)")
        }
        var floatingIPID = ""
        try await keep("POST /v2.0/floatingips") {
            floatingIPID = try await network.createFloatingIP(
                FloatingIPCreateRequest(
                    floatingNetworkID: external.id, portID: port.id, description: cloud.names.name("shape-fip"))
            ).id
        }
        await cleanup.add("floating IP \(floatingIPID)") { [floatingIPID] in
            try await network.deleteFloatingIP(id: floatingIPID)
        }
        try await cloud.waitForServer(server.id, [.active])

        try await keep("GET /v3/auth/projects") {
            try await cloud.identity.listAuthProjects(using: cloud.tokens.tokenSource(for: cloud.scope))
        }
        try await keep("GET /servers/detail") { try await compute.listServers() }
        try await keep("GET /servers/{id}") { try await compute.showServer(id: server.id) }
        try await keep("GET /flavors/detail") { try await compute.listFlavors() }
        try await keep("GET /os-keypairs") { try await compute.listKeypairs() }
        try await keep("GET /os-keypairs/{name}") { try await compute.showKeypair(name: keyName) }
        try await keep("GET /limits (compute)") { try await compute.showLimits() }
        try await keep("GET /os-simple-tenant-usage/{id}") {
            // From a day back to an hour ahead (the cloud stops at its own clock): the server above is in it.
            try await compute.showTenantUsage(
                projectID: cloud.projectID, TenantUsageQuery(start: Date(timeIntervalSinceNow: -86_400), end: Date(timeIntervalSinceNow: 3600)))
        }
        try await keep("GET /servers/{id}/os-volume_attachments") {
            try await compute.listVolumeAttachments(serverID: server.id)
        }
        try await keep("GET /v2/images") { try await cloud.images.listImages() }
        try await keep("GET /v2/images/{id}") { try await cloud.images.showImage(id: choice.image.id) }
        try await keep("GET /v2.0/networks") { try await network.listNetworks() }
        try await keep("GET /v2.0/subnets") { try await network.listSubnets() }
        try await keep("GET /v2.0/routers") { try await network.listRouters() }
        try await keep("GET /v2.0/ports") { try await network.listPorts() }
        try await keep("GET /v2.0/floatingips") { try await network.listFloatingIPs() }
        try await keep("GET /v2.0/security-groups") { try await network.listSecurityGroups() }
        try await keep("GET /volumes/detail") { try await volumes.listVolumes() }
        try await keep("GET /volumes/{id}") { try await volumes.showVolume(id: volume.id) }
        try await keep("GET /limits (volume)") { try await volumes.showLimits() }
        try await keep("GET /attachments") { try await volumes.listAttachments() }
    }
}
