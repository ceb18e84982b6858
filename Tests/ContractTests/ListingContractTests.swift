import Foundation
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// List and show every resource type the client models; each listing must decode, and each
/// resource shown must be the one listed.
@Suite("Listing and showing", .tags(.contract))
struct ListingContractTests {
    @Test("compute: servers, flavors, key pairs, limits", arguments: Backend.available)
    func compute(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let servers = try await cloud.compute.listServers()
            // What other contract tests create may vanish at any moment: show only the rest.
            for server in servers.filter({ !ResourceNames.isContractResource($0.name) }).prefix(3) {
                let shown = try await cloud.compute.showServer(id: server.id)
                #expect(shown.id == server.id && shown.name == server.name && shown.tenantID == cloud.projectID)
            }
            let flavors = try await cloud.compute.listFlavors()
            let flavor = try #require(flavors.first, "no flavors")
            let shownFlavor = try await cloud.compute.showFlavor(id: flavor.id)
            #expect(
                shownFlavor.name == flavor.name && shownFlavor.ram == flavor.ram && shownFlavor.vcpus == flavor.vcpus)
            _ = try await cloud.compute.listFlavorExtraSpecs(id: flavor.id)
            let keypairs = try await cloud.compute.listKeypairs()
            if let keypair = keypairs.first(where: { !ResourceNames.isContractResource($0.name) }) {
                let shownKeypair = try await cloud.compute.showKeypair(name: keypair.name)
                #expect(shownKeypair.fingerprint == keypair.fingerprint)
            }
            let limits = try await cloud.compute.showLimits()
            #expect(limits.maxTotalInstances != nil && limits.totalInstancesUsed != nil)
            cloud.note("compute lists: \(servers.count) servers, \(flavors.count) flavors, \(keypairs.count) key pairs")
        }
    }

    @Test("image: images", arguments: Backend.available)
    func image(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let images = try await cloud.images.listImages()
            let image = try #require(images.first, "no images")
            let shown = try await cloud.images.showImage(id: image.id)
            #expect(shown.id == image.id && shown.name == image.name && shown.status == image.status)
            #expect(images.contains { $0.status == .active })
            let paged = try await cloud.images.images(ImageListQuery(limit: 1)).all()
            #expect(Set(paged.map(\.id)) == Set(images.map(\.id)), "paging with limit=1 yields the same images")
        }
    }

    @Test("network: networks, subnets, routers, ports, floating IPs, security groups", arguments: Backend.available)
    func network(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let net = cloud.network
            let networks = try await net.listNetworks()
            #expect(networks.contains { $0.isExternal == true }, "an external network")
            #expect(networks.contains { $0.projectID == cloud.projectID }, "a network of the project")
            let network = try #require(networks.first)
            #expect(try await net.showNetwork(id: network.id).name == network.name)
            let subnets = try await net.listSubnets()
            let subnet = try #require(subnets.first, "no subnets")
            #expect(try await net.showSubnet(id: subnet.id).cidr == subnet.cidr)
            let routers = try await net.listRouters()
            let router = try #require(routers.first, "no routers")
            #expect(try await net.showRouter(id: router.id).name == router.name)
            let ports = try await net.listPorts()
            let port = try #require(
                ports.first { $0.deviceOwner?.hasPrefix("network:") == true } ?? ports.first, "no ports")
            #expect(try await net.showPort(id: port.id).networkID == port.networkID)
            let floatingIPs = try await net.listFloatingIPs()
            let groups = try await net.listSecurityGroups()
            #expect(groups.contains { $0.name == "default" })
            let rules = try await net.listSecurityGroupRules()
            #expect(!rules.isEmpty)
            cloud.note(
                "network lists: \(networks.count) networks, \(subnets.count) subnets, \(routers.count) routers, "
                    + "\(ports.count) ports, \(floatingIPs.count) floating IPs, \(groups.count) security groups")
        }
    }

    @Test("block storage: volumes, attachments, limits", arguments: Backend.available)
    func blockStorage(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let volumes = try await cloud.volumes.listVolumes()
            for volume in volumes.filter({ !ResourceNames.isContractResource($0.name) }).prefix(3) {
                let shown = try await cloud.volumes.showVolume(id: volume.id)
                #expect(shown.id == volume.id && shown.size == volume.size)
            }
            _ = try await cloud.volumes.listAttachments()
            let limits = try await cloud.volumes.showLimits()
            #expect(limits.maxTotalVolumes != nil && limits.totalVolumesUsed != nil)
        }
    }

    @Test("the core lists the login's projects and their instances without failures", arguments: Backend.available)
    func coreSession(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let session = CloudSession(profile: cloud.profile, context: cloud.context, cacheDirectory: nil)
            let projects = try await session.listProjects()
            #expect(projects.contains { $0.id == cloud.projectID })
            let instances = await session.listInstances()
            #expect(instances.failures.isEmpty, "\(instances.failures.map { "\($0.error)" })")
            let flavors = await session.listFlavors()
            #expect(flavors.failures.isEmpty && !flavors.items.isEmpty)
            let images = await session.listImages()
            #expect(images.failures.isEmpty && !images.items.isEmpty)
        }
    }
}
