import OpenStackAPI
import Testing

/// Quota reads of the three services that have them.
@Suite("Quotas", .tags(.contract))
struct QuotaContractTests {
    @Test("compute, block storage and network quotas with usage", arguments: Backend.available)
    func quotas(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            async let computeLimits = cloud.compute.showLimits()
            async let volumeLimits = cloud.volumes.showLimits()
            async let networkQuota = cloud.network.showQuotaDetails(projectID: cloud.projectID)

            let compute = try await computeLimits
            for (name, limit) in [
                ("maxTotalInstances", compute.maxTotalInstances), ("maxTotalCores", compute.maxTotalCores),
                ("maxTotalRAMSize", compute.maxTotalRAMSize), ("maxTotalKeypairs", compute.maxTotalKeypairs),
            ] {
                let value = try #require(limit, "compute \(name)")
                #expect(value == -1 || value > 0, "compute \(name)")
            }
            #expect((compute.totalInstancesUsed ?? -1) >= 0 && (compute.totalRAMUsed ?? -1) >= 0)
            // Removed from /limits in 2.36; the client asks for 2.47 or later.
            #expect(compute.maxTotalFloatingIps == nil && compute.maxSecurityGroups == nil)

            let volumes = try await volumeLimits
            #expect(volumes.maxTotalVolumes.map { $0 == -1 || $0 > 0 } == true)
            #expect(volumes.maxTotalVolumeGigabytes.map { $0 == -1 || $0 > 0 } == true)
            #expect((volumes.totalVolumesUsed ?? -1) >= 0 && (volumes.totalGigabytesUsed ?? -1) >= 0)

            let network = try await networkQuota
            for resource in ["network", "subnet", "port", "router", "floatingip", "security_group"] {
                let usage = try #require(network[resource], "network quota for \(resource)")
                #expect(usage.used >= 0 && (usage.limit == -1 || usage.limit >= usage.used), "\(resource)")
            }
        }
    }
}
