import OpenStackAPI

/// A project's floating (public) IPs: list, allocate, associate with an instance, detach and
/// release (Neutron).
///
/// Reach it as `session.floatingIPs` (``CloudSession/floatingIPs``).
public struct FloatingIPService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    /// The project's floating IPs with the instances they reach; orphans (allocated, associated
    /// with nothing) are flagged by ``FloatingIPSummary/isOrphan``.
    public func list(in project: ProjectSummary) async throws -> [FloatingIPSummary] {
        let services = try await session.services(for: project)
        async let floating = services.network.listFloatingIPs(NetworkListQuery(projectID: project.id))
        async let ports = services.network.listPorts(NetworkListQuery(projectID: project.id))
        async let servers = services.compute.listServers()
        let owners = Dictionary(
            try await ports.compactMap { port in port.deviceID.map { (port.id, $0) } }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(try await servers.map { ($0.id, $0.name ?? $0.id) }, uniquingKeysWith: { first, _ in first })
        return try await floating.map { FloatingIPSummary(floatingIP: $0, project: project, ports: owners, instanceNames: names) }
            .sorted { $0.address < $1.address }
    }

    /// The floating IP with that address or id.
    public func find(_ addressOrID: String, in project: ProjectSummary) async throws -> FloatingIPSummary {
        try CloudSession.pick(addressOrID, kind: "floating IP", from: try await list(in: project), id: \.id, name: \.address)
    }

    /// Allocates a floating IP from `externalNetwork` (name or id), or from the only external
    /// network when none is named (Networking API reference, "Create floating IP").
    public func allocate(in project: ProjectSummary, externalNetwork: String? = nil) async throws -> FloatingIPSummary {
        let services = try await session.services(for: project)
        let external = try await services.network.listNetworks(NetworkListQuery(isExternal: true))
        let network: Network
        if let externalNetwork {
            network = try CloudSession.pick(externalNetwork, kind: "external network", from: external, id: \.id, name: { $0.name ?? "" })
        } else {
            guard let first = external.sorted(by: { ($0.name ?? "", $0.id) < ($1.name ?? "", $1.id) }).first else {
                throw CoreError.resource(.noExternalNetwork)
            }
            network = first
        }
        let created = try await services.network.createFloatingIP(FloatingIPCreateRequest(floatingNetworkID: network.id))
        return FloatingIPSummary(floatingIP: created, project: project)
    }

    /// Associates a floating IP with an instance's first port (Networking API reference, "Update
    /// floating IP" with `port_id`).
    public func associate(_ floatingIP: FloatingIPSummary, with instance: Instance) async throws -> FloatingIPSummary {
        let services = try await session.services(for: instance.project)
        let ports = try await services.network.listPorts(NetworkListQuery(filters: ["device_id": instance.id]))
        guard let port = ports.sorted(by: { $0.id < $1.id }).first else {
            throw CoreError.resource(.instanceHasNoPort(instance.name))
        }
        let updated = try await services.network.associateFloatingIP(id: floatingIP.id, portID: port.id)
        return FloatingIPSummary(
            floatingIP: updated, project: floatingIP.project, ports: [port.id: instance.id], instanceNames: [instance.id: instance.name])
    }

    /// Detaches a floating IP from its port; it stays allocated to the project.
    public func disassociate(_ floatingIP: FloatingIPSummary) async throws -> FloatingIPSummary {
        let services = try await session.services(for: floatingIP.project)
        return FloatingIPSummary(floatingIP: try await services.network.disassociateFloatingIP(id: floatingIP.id), project: floatingIP.project)
    }

    /// Releases a floating IP back to the cloud.
    public func release(_ floatingIP: FloatingIPSummary) async throws {
        try await session.services(for: floatingIP.project).network.deleteFloatingIP(id: floatingIP.id)
    }
}

extension CloudSession {
    /// The floating IPs of this cloud's projects.
    public nonisolated var floatingIPs: FloatingIPService { FloatingIPService(session: self) }
}
