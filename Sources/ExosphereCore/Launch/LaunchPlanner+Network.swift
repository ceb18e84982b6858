import CloudConfig
import Localization
import OpenStackAPI

extension LaunchPlanner {
    /// The project's own network if it has exactly one usable; else Neutron's auto-allocated
    /// topology when the cloud offers it; else a new network, subnet and router.
    func chooseNetwork(_ request: LaunchRequest, networks: [Network], decisions: inout [LaunchDecision]) async throws
        -> NetworkChoice
    {
        let usable = networks.filter { network in
            network.isExternal != true && !(network.subnets ?? []).isEmpty
                && (network.projectID == project.id || network.shared == true)
                && (network.status == nil || network.status == "ACTIVE")
        }
        if let wanted = request.network {
            guard let network = usable.first(where: { $0.id == wanted || $0.name == wanted }) else {
                throw CoreError.networkNotFound(wanted)
            }
            return .existing(id: network.id, name: network.name ?? network.id)
        }
        let own = usable.filter { $0.projectID == project.id }
        if own.count == 1, let network = own.first {
            let name = network.name ?? network.id
            decisions.append(
                LaunchDecision(
                    topic: "network", LocalizableMessage("Network {network}, the project's own network.", ["network": name])))
            return .existing(id: network.id, name: name)
        }
        let reason =
            own.isEmpty
            ? LocalizableMessage("The project has no network of its own")
            : LocalizableMessage("The project has {count} networks, so none is obviously right", ["count": String(own.count)])
        if (try? await clients.network.canAutoAllocateTopology(projectID: project.id)) == true {
            decisions.append(
                LaunchDecision(
                    topic: "network",
                    LocalizableMessage(
                        "{reason}: the cloud will give it one of its own (Neutron's auto-allocated network); choose another with --network.",
                        ["reason": reason.sourceText])))
            return .autoAllocate
        }
        guard let external = networks.first(where: { $0.isExternal == true }) else { throw CoreError.noExternalNetwork }
        decisions.append(
            LaunchDecision(
                topic: "network",
                LocalizableMessage(
                    "{reason}: a private network, subnet and router to {external} will be created for it.",
                    ["reason": reason.sourceText, "external": external.name ?? external.id])))
        return .create(externalNetworkID: external.id)
    }

    /// Reuse unassigned floating IPs of the project before allocating new ones, from the
    /// external network the instances' router uses.
    func chooseAddress(
        _ request: LaunchRequest, count: Int, network: NetworkChoice, networks: [Network], routers: [Router],
        floatingIPs: [FloatingIP], decisions: inout [LaunchDecision]
    ) throws -> PublicAddressChoice {
        guard request.publicIP ?? settings.defaults.publicIP else {
            decisions.append(
                LaunchDecision(
                    topic: "public-ip",
                    LocalizableMessage("No public IP address: the instances are reachable only from inside the cloud.")))
            return .none
        }
        let externalID: String
        switch network {
        case .create(let id): externalID = id
        case .existing, .autoAllocate:
            let routed = routers.compactMap { $0.externalGatewayInfo?.networkID }.first
            guard let id = routed ?? networks.first(where: { $0.isExternal == true })?.id else {
                throw CoreError.noExternalNetwork
            }
            externalID = id
        }
        let free = floatingIPs.filter { $0.portID == nil && $0.floatingNetworkID == externalID }.prefix(count)
        let allocate = count - free.count
        let message: LocalizableMessage =
            switch (free.isEmpty, allocate == 0) {
            case (true, _):
                LocalizableMessage(
                    "A new public IP address for each instance ({count}); add --no-public-ip to go without.",
                    ["count": String(allocate)])
            case (false, true):
                LocalizableMessage(
                    "Reusing your unassigned public IP addresses {addresses}.",
                    ["addresses": free.map(\.floatingIPAddress).joined(separator: ", ")])
            case (false, false):
                LocalizableMessage(
                    "Reusing your unassigned public IP addresses {addresses} and allocating {count} more.",
                    ["addresses": free.map(\.floatingIPAddress).joined(separator: ", "), "count": String(allocate)])
            }
        decisions.append(LaunchDecision(topic: "public-ip", message))
        return .assign(reuse: free.map(\.id), allocate: allocate, externalNetworkID: externalID)
    }
}

extension LaunchPlan {
    /// What the launch adds to the project's use, per resource; sizes saturate at 2^53
    /// (``CloudNumber``), since a flavor's come from the cloud and a volume's from a form.
    public var quotaNeeds: [QuotaResource: Int] {
        let count = names.count
        var needs: [QuotaResource: Int] = [
            .instances: count, .cores: CloudNumber.product(flavor.vcpus, count),
            .ram: CloudNumber.product(flavor.ramMiB, count), .ports: count,
        ]
        let volumes = (bootVolumeSizeGiB == nil ? 0 : 1) + (extraVolumeSizeGiB == nil ? 0 : 1)
        needs[.volumes] = volumes * count
        let gigabytes = CloudNumber.sum(bootVolumeSizeGiB ?? 0, extraVolumeSizeGiB ?? 0)
        needs[.volumeGigabytes] = CloudNumber.product(gigabytes, count)
        if case .assign(_, let allocate, _) = publicAddress { needs[.floatingIPs] = allocate }
        if case .create = network {
            needs[.networks] = 1
            needs[.subnets] = 1
            needs[.routers] = 1
        }
        if createsSecurityGroup { needs[.securityGroups] = 1 }
        return needs
    }
}
