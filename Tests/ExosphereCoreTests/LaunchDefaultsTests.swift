import CloudConfig
import Foundation
import Localization
import Secrets
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore

@Suite("Launch defaults against the simulator")
struct LaunchDefaultsTests {
    @Test("one network of its own: the project's network is used and explained")
    func ownNetwork() async throws {
        try await LaunchHarness.with { harness in
            let plan = try await harness.plan(LaunchRequest(name: "solo"))
            guard case .existing(_, let name) = plan.network else {
                Issue.record("expected the project's network, got \(plan.network)")
                return
            }
            #expect(name == harness.project.name + "-net")
            #expect(plan.decisions.contains { $0.topic == "network" && $0.explanation.sourceText.contains("own network") })
            #expect(plan.decisions.contains { $0.topic == "flavor" && $0.explanation.sourceText.contains("vCPU") })
            let result = try await harness.executor().run(plan)
            let instance = try #require(result.instances.first)
            #expect(instance.name == "solo")
            #expect(instance.publicAddress != nil)
            let server = try await harness.clients.compute.showServer(id: instance.id)
            #expect(server.status == .active)
            #expect(server.metadata?[SetupMonitor.stepsMetadataKey]?.hasPrefix("user") == true)
            #expect(server.metadata?.values.contains(result.passphrase.revealed) == false)
        }
    }

    @Test("no network and the cloud offers auto-allocation: Neutron's auto-allocated network")
    func autoAllocated() async throws {
        try await LaunchHarness.with(LaunchHarness.options(projectNetworks: false)) { harness in
            let plan = try await harness.plan(LaunchRequest(name: "auto"))
            #expect(plan.network == .autoAllocate)
            #expect(plan.decisions.contains { $0.topic == "network" && $0.explanation.sourceText.contains("auto-allocated") })
            let result = try await harness.executor().run(plan)
            let ports = try await harness.clients.network.listPorts(NetworkListQuery(filters: ["device_id": result.instances[0].id]))
            let network = try await harness.clients.network.showNetwork(id: try #require(ports.first?.networkID))
            #expect(network.name == "auto_allocated_network")
            #expect(result.instances[0].publicAddress != nil)
        }
    }

    @Test("no network and no auto-allocation: a network, subnet and router are created")
    func createdNetwork() async throws {
        try await LaunchHarness.with(LaunchHarness.options(projectNetworks: false, autoAllocation: false)) { harness in
            let plan = try await harness.plan(LaunchRequest(name: "made"))
            guard case .create = plan.network else {
                Issue.record("expected a new network, got \(plan.network)")
                return
            }
            #expect(plan.decisions.contains { $0.explanation.sourceText.contains("subnet and router") })
            let before = try await harness.inventory()
            let result = try await harness.executor().run(plan)
            let after = try await harness.inventory()
            for kind in ["networks", "subnets", "routers"] {
                #expect(after[kind, default: []].subtracting(before[kind, default: []]).count == 1, "\(kind)")
            }
            #expect(result.instances[0].publicAddress != nil)
        }
    }

    @Test("an unassigned floating IP is reused before a new one is allocated")
    func floatingIPReuse() async throws {
        try await LaunchHarness.with { harness in
            let external = try #require(try await harness.clients.network.listNetworks(NetworkListQuery(isExternal: true)).first)
            let spare = try await harness.clients.network.createFloatingIP(FloatingIPCreateRequest(floatingNetworkID: external.id))
            let plan = try await harness.plan(LaunchRequest(name: "pair", count: 2))
            #expect(plan.publicAddress == .assign(reuse: [spare.id], allocate: 1, externalNetworkID: external.id))
            let result = try await harness.executor().run(plan)
            #expect(result.instances.map(\.name) == ["pair-1", "pair-2"])
            #expect(result.instances[0].publicAddress == spare.floatingIPAddress)
            let second = try #require(result.instances[1].publicAddress)
            #expect(second != spare.floatingIPAddress)
            let all = try await harness.clients.network.listFloatingIPs(NetworkListQuery(projectID: harness.project.id))
            #expect(all.count == 2)
            #expect(all.allSatisfy { $0.portID != nil })
        }
    }

    @Test("--no-public-ip: no floating IP is touched")
    func noPublicIP() async throws {
        try await LaunchHarness.with { harness in
            let result = try await harness.launch(LaunchRequest(name: "private", publicIP: false))
            #expect(result.plan.publicAddress == .none)
            #expect(result.instances[0].publicAddress == nil)
            #expect(try await harness.clients.network.listFloatingIPs().isEmpty)
        }
    }

    @Test("too little quota: refused before anything is created, naming what is short")
    func quotaRefusal() async throws {
        try await LaunchHarness.with { harness in
            let before = try await harness.inventory()
            let error = await #expect(throws: CoreError.self) {
                try await harness.plan(LaunchRequest(name: "fleet", flavor: "m3.large", count: 25))
            }
            guard case .quotaShort(let shortfalls) = error else {
                Issue.record("expected a quota refusal, got \(String(describing: error))")
                return
            }
            #expect(shortfalls.map(\.resource).contains(.instances))
            #expect(shortfalls.map(\.resource).contains(.cores))
            #expect(error?.message.sourceText.contains("instances: needs 25") == true)
            #expect(try await harness.inventory() == before)
        }
    }

    @Test("an extra volume is tagged with the instance it was made for")
    func extraVolume() async throws {
        try await LaunchHarness.with { harness in
            let result = try await harness.launch(LaunchRequest(name: "data", extraVolumeSizeGiB: 5))
            let instance = try #require(result.instances.first)
            let volume = try await harness.clients.blockStorage.showVolume(id: try #require(instance.volumeID))
            #expect(volume.metadata?[DeletionPlan.createdForKey] == instance.id)
            #expect(volume.size == 5)
        }
    }
}
