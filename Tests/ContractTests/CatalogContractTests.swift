import CloudConfig
import Foundation
import OpenStackAPI
import Testing

/// The token's catalog and the microversions negotiated from the services' version documents.
@Suite("Catalog and microversions", .tags(.contract))
struct CatalogContractTests {
    @Test("every service the client knows has an endpoint in the catalog", arguments: Backend.available)
    func catalog(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            for service in ServiceType.allCases {
                let endpoint = try cloud.token.catalog.endpoint(
                    for: service, interface: .public, region: cloud.profile.regionName)
                #expect(endpoint.url.scheme == "http" || endpoint.url.scheme == "https", "\(service)")
                #expect(service.catalogTypes.contains(endpoint.catalogType), "\(service)")
                cloud.note("catalog: \(service) is \(endpoint.catalogType) at \(endpoint.url.absoluteString)")
            }
            #expect(cloud.token.catalog.regions.contains(cloud.profile.regionName ?? "RegionOne"))
        }
    }

    @Test("compute negotiates 2.47 or later, up to the client's maximum", arguments: Backend.available)
    func computeMicroversion(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let negotiated = cloud.compute.microversion
            let cloudMaximum = try #require(negotiated.cloudMaximum, "compute announced no microversions")
            #expect(negotiated.version >= Microversion(2, 47))
            #expect(negotiated.version <= ComputeClient.maximumMicroversion)
            #expect(negotiated.version == min(cloudMaximum, ComputeClient.maximumMicroversion))
            #expect(negotiated.cloudMinimum.map { $0 <= negotiated.version } ?? true)
            let cloudMinimum = negotiated.cloudMinimum?.description ?? "?"
            cloud.note("compute: cloud \(cloudMinimum)–\(cloudMaximum), using \(negotiated.version)")
            // The negotiated version changes response shapes: 2.47 embeds the flavor in the server.
            let server = try await cloud.compute.listServers(ServerListQuery(limit: 1)).first
            if let flavor = server?.flavor {
                #expect(flavor.originalName != nil && flavor.id == nil)
            }
        }
    }

    @Test("block storage negotiates 3.27 or later, up to the client's maximum", arguments: Backend.available)
    func volumeMicroversion(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, _ in
            let negotiated = cloud.volumes.microversion
            let cloudMaximum = try #require(negotiated.cloudMaximum, "block storage announced no microversions")
            #expect(negotiated.version >= Microversion(3, 27))
            #expect(negotiated.version <= BlockStorageClient.maximumMicroversion)
            #expect(negotiated.version == min(cloudMaximum, BlockStorageClient.maximumMicroversion))
            let cloudMinimum = negotiated.cloudMinimum?.description ?? "?"
            cloud.note("volume: cloud \(cloudMinimum)–\(cloudMaximum), using \(negotiated.version)")
            _ = try await cloud.volumes.listAttachments()
        }
    }
}
