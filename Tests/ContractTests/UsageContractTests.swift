import Foundation
import OpenStackAPI
import Testing

/// Nova's usage report for the caller's own project (Compute API reference, "Usage reports
/// (os-simple-tenant-usage)"), which the default policy lets a project reader see.
@Suite("Usage", .tags(.contract))
struct UsageContractTests {
    @Test("a running server is charged hours × its flavor; paging by one instance sums the pages", arguments: Backend.available)
    func usage(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let choice = try await cloud.bootChoice()
            let booted = try await cloud.bootServer("usage", choice, cleanup: cleanup)
            let server = try await cloud.compute.showServer(id: booted.id)
            let launched = try #require(server.launchedAt, "an ACTIVE server has launched_at")
            // Some time must pass after the launch for the server to be charged at all.
            try await Task.sleep(for: backend.isReal ? .seconds(2) : .milliseconds(50))
            // The end lies in the future: the cloud counts up to its own clock.
            let period = TenantUsageQuery(start: launched.addingTimeInterval(-60), end: launched.addingTimeInterval(86_400))

            let usage = try await cloud.compute.showTenantUsage(projectID: cloud.projectID, period)
            let row = try #require(usage.serverUsages?.first { $0.instanceID == booted.id }, "the new server is in the report")
            #expect(row.vcpus == choice.flavor.vcpus)
            #expect(row.memoryMB == choice.flavor.ram)
            #expect(row.hours > 0 && row.hours < 24.1)
            #expect(row.endedAt == nil)
            #expect(usage.totalVCPUsUsage >= row.hours * Double(row.vcpus) - 1e-6)
            #expect(usage.totalMemoryMBUsage >= row.hours * Double(row.memoryMB) - 1e-3)
            #expect(usage.tenantID == cloud.projectID)
            cloud.note("usage over \(usage.totalHours) instance-hours, \(usage.serverUsages?.count ?? 0) instances")

            var paged = period
            paged.limit = 1
            let pages = try await cloud.compute.showTenantUsage(projectID: cloud.projectID, paged)
            // Other tests may boot servers in the same project meanwhile: only this one is certain.
            let pagedRow = try #require(pages.serverUsages?.first { $0.instanceID == booted.id })
            #expect(pagedRow.hours >= row.hours)
            #expect(pages.totalVCPUsUsage >= pagedRow.hours * Double(pagedRow.vcpus) - 1e-6)
        }
    }

    @Test("a period before any server is zero usage; another project's is forbidden", arguments: Backend.available)
    func emptyAndForbidden(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let past = TenantUsageQuery(
                start: Date(timeIntervalSince1970: 631_152_000), end: Date(timeIntervalSince1970: 633_830_400))
            let usage = try await cloud.compute.showTenantUsage(projectID: cloud.projectID, past)
            #expect(usage.totalVCPUsUsage == 0 && usage.totalHours == 0)
            #expect(usage.serverUsages?.isEmpty ?? true)
            await cloud.expectCloudError(403, "read another project's usage") {
                try await cloud.compute.showTenantUsage(projectID: "00000000000000000000000000000000", past)
            }
        }
    }
}
