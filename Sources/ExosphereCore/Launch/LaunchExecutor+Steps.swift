import CloudConfig
import Localization
import OpenStackAPI

extension LaunchExecutor {
    /// The plan's security group with SSH and ICMP from anywhere; created when missing, its
    /// missing rules added when it exists.
    func ensureSecurityGroup(_ plan: LaunchPlan, ledger: inout LaunchLedger) async throws -> String {
        let network = clients.network
        let existing = try await network.listSecurityGroups(NetworkListQuery(name: plan.securityGroup.name))
            .first { $0.projectID == nil || $0.projectID == plan.project.id }
        let group: SecurityGroup
        if let existing {
            group = existing
        } else {
            group = try await network.createSecurityGroup(
                SecurityGroupCreateRequest(name: plan.securityGroup.name, description: plan.securityGroup.description))
            ledger.record(.securityGroup(id: group.id))
        }
        let rules = group.rules ?? []
        let wanted: [(String, Int?)] = [("tcp", 22), ("icmp", nil)]
        for (proto, port) in wanted
        where !rules.contains(where: {
            $0.direction == "ingress" && $0.protocol == proto && $0.portRangeMin == port
                && ($0.remoteIPPrefix == "0.0.0.0/0" || $0.remoteIPPrefix == nil) && $0.remoteGroupID == nil
        }) {
            _ = try await network.createSecurityGroupRule(
                SecurityGroupRuleCreateRequest(
                    securityGroupID: group.id, direction: "ingress", ethertype: "IPv4", protocol: proto,
                    portRangeMin: port, portRangeMax: port, remoteIPPrefix: "0.0.0.0/0"))
        }
        return group.id
    }

    /// The network id to put ports on, auto-allocating or creating one as planned.
    func prepareNetwork(_ plan: LaunchPlan, ledger: inout LaunchLedger) async throws -> String {
        let network = clients.network
        switch plan.network {
        case .existing(let id, _):
            return id
        case .autoAllocate:
            let topology = try await network.showAutoAllocatedTopology(projectID: plan.project.id)
            ledger.record(.autoAllocatedTopology(projectID: plan.project.id))
            return topology.id
        case .create(let externalID):
            let base = "exosphere-\(plan.project.name)"
            let created = try await network.createNetwork(NetworkCreateRequest(name: base + "-net"))
            ledger.record(.network(id: created.id))
            let subnet = try await network.createSubnet(
                SubnetCreateRequest(networkID: created.id, cidr: "192.168.100.0/24", name: base + "-subnet"))
            ledger.record(.subnet(id: subnet.id))
            let router = try await network.createRouter(
                RouterCreateRequest(name: base + "-router", externalNetworkID: externalID))
            ledger.record(.router(id: router.id))
            try await network.addRouterInterface(routerID: router.id, subnetID: subnet.id)
            ledger.record(.routerInterface(routerID: router.id, subnetID: subnet.id))
            return created.id
        }
    }

    /// Polls until the instance is ACTIVE.
    ///
    /// Throws ``CoreError``-worded failures: Nova's fault when it goes to ERROR, a timeout.
    func waitUntilActive(_ instance: LaunchedInstance) async throws {
        let deadline = ContinuousClock.now + timing.buildTimeout
        while ContinuousClock.now < deadline {
            let server = try await clients.compute.showServer(id: instance.id)
            if server.status == .active { return }
            if server.status == .error {
                throw LaunchStepFailure(
                    LocalizableMessage(
                        "the cloud put {name} in ERROR ({fault}).",
                        ["name": instance.name, "fault": server.fault?.message ?? "no reason given"]))
            }
            try await Task.sleep(for: timing.pollInterval)
        }
        throw LaunchStepFailure(
            LocalizableMessage(
                "{name} did not start within {minutes} minutes.",
                ["name": instance.name, "minutes": String(timing.buildTimeout.components.seconds / 60)]))
    }

    /// Creates an empty volume tagged `exosphere_created_for = <server id>`, waits for it and attaches it.
    func attachVolume(size: Int, to instance: LaunchedInstance, ledger: inout LaunchLedger) async throws -> String {
        let volume = try await clients.blockStorage.createVolume(
            VolumeCreateRequest(
                size: size, name: instance.name + "-data", metadata: [DeletionPlan.createdForKey: instance.id]))
        ledger.record(.volume(id: volume.id))
        let deadline = ContinuousClock.now + timing.buildTimeout
        var status = volume.status
        while status != "available" {
            guard status != "error", ContinuousClock.now < deadline else {
                throw LaunchStepFailure(
                    LocalizableMessage("volume {volume} ended up {status}.", ["volume": volume.id, "status": status]))
            }
            try await Task.sleep(for: timing.pollInterval)
            status = try await clients.blockStorage.showVolume(id: volume.id).status
        }
        _ = try await clients.compute.attachVolume(serverID: instance.id, VolumeAttachRequest(volumeID: volume.id))
        return volume.id
    }

    /// Waits for the port to be ACTIVE, then reuses `reuse` or allocates a floating IP on it.
    func assignAddress(reuse: String?, externalNetworkID: String, portID: String, ledger: inout LaunchLedger)
        async throws -> String
    {
        let deadline = ContinuousClock.now + timing.buildTimeout
        while try await clients.network.showPort(id: portID).status != "ACTIVE" {
            guard ContinuousClock.now < deadline else {
                throw LaunchStepFailure(LocalizableMessage("the instance's network port never became ACTIVE."))
            }
            try await Task.sleep(for: timing.pollInterval)
        }
        if let reuse {
            ledger.record(.association(floatingIPID: reuse))
            return try await clients.network.associateFloatingIP(id: reuse, portID: portID).floatingIPAddress
        }
        let floating = try await clients.network.createFloatingIP(
            FloatingIPCreateRequest(floatingNetworkID: externalNetworkID, portID: portID))
        ledger.record(.floatingIP(id: floating.id))
        return floating.floatingIPAddress
    }
}

/// A step failure that is not an API error, in plain words.
struct LaunchStepFailure: UserFacingError {
    let message: LocalizableMessage
    var recovery: LocalizableMessage? { nil }

    init(_ message: LocalizableMessage) { self.message = message }
}
