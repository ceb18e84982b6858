import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing

struct CatalogTests {
    static func catalog() throws -> ServiceCatalog {
        let body = try Fixtures.data("identity/token-project-scoped.json")
        struct Wrapper: Decodable {
            struct Inner: Decodable { let catalog: [CatalogService] }
            let token: Inner
        }
        return ServiceCatalog(services: try JSONDecoder().decode(Wrapper.self, from: body).token.catalog)
    }

    @Test(
        "endpoints are chosen by service type, interface and region",
        arguments: [
            (ServiceType.compute, EndpointInterface.public, String?.none, "http://cloud.test/compute/v2.1"),
            (.compute, .internal, nil, "http://10.0.0.5:8774/v2.1"),
            (.compute, .public, "RegionTwo", "http://two.cloud.test:8774/v2.1"),
            (.image, .public, "RegionOne", "http://cloud.test/image"),
            (.network, .public, nil, "http://cloud.test/network/"),
            (.identity, .admin, nil, "http://cloud.test/identity/v3"),
            (.blockStorage, .public, nil, "http://cloud.test/volume/v3/a6944d763bf64ee6a275f1263fae0352"),
        ])
    func lookup(service: ServiceType, interface: EndpointInterface, region: String?, expected: String) throws {
        let endpoint = try Self.catalog().endpoint(for: service, interface: interface, region: region)
        #expect(endpoint.url.absoluteString == expected)
        #expect(endpoint.service == service)
    }

    @Test("block storage prefers volumev3 over the older volume alias")
    func blockStorageAlias() throws {
        let endpoint = try Self.catalog().endpoint(for: .blockStorage)
        #expect(endpoint.catalogType == "volumev3")
    }

    @Test("a missing service names the services the catalog offers")
    func missingService() throws {
        var catalog = try Self.catalog()
        catalog.services.removeAll { $0.type == "image" }
        let error = #expect(throws: OpenStackError.self) { try catalog.endpoint(for: .image) }
        let text = error?.message.sourceText ?? ""
        #expect(text.contains("Image (Glance)"))
        #expect(text.contains("compute, identity, network, volume, volumev3"))
        #expect(error?.recovery != nil)
    }

    @Test("a missing region names the regions that have the service")
    func missingRegion() throws {
        let error = #expect(throws: OpenStackError.self) {
            try Self.catalog().endpoint(for: .compute, interface: .public, region: "RegionNine")
        }
        guard case .endpointNotFound(let failure) = error else {
            Issue.record("expected endpointNotFound")
            return
        }
        if case .regionMissing(let regions) = failure.reason {
            #expect(regions.sorted() == ["RegionOne", "RegionTwo"])
        } else {
            Issue.record("expected regionMissing, got \(failure.reason)")
        }
        #expect(error?.message.sourceText.contains("RegionOne, RegionTwo") == true)
        #expect(error?.recovery?.sourceText.contains("region_name") == true)
    }

    @Test("a missing interface names the interfaces offered")
    func missingInterface() throws {
        let error = #expect(throws: OpenStackError.self) {
            try Self.catalog().endpoint(for: .image, interface: .admin)
        }
        #expect(error?.message.sourceText.contains("no admin endpoint; it offers: public") == true)
    }

    @Test("the catalog lists its regions")
    func regions() throws {
        #expect(try Self.catalog().regions == ["RegionOne", "RegionTwo"])
    }
}
