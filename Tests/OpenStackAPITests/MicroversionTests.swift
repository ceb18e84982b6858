import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct MicroversionTests {
    @Test(
        "negotiation picks the highest version both sides support",
        arguments: [
            // (cloud minimum, cloud maximum, expected)
            ("2.1", "2.93", "2.90"),
            ("2.1", "2.90", "2.90"),
            ("2.1", "2.60", "2.60"),
            ("2.1", "2.1", "2.1"),
            ("2.10", "2.79", "2.79"),
        ])
    func computeTable(minimum: String, maximum: String, expected: String) throws {
        let negotiated = try MicroversionNegotiation.negotiate(
            service: .compute, cloudMinimum: Microversion(minimum), cloudMaximum: Microversion(maximum))
        #expect(negotiated.version == Microversion(expected))
        #expect(negotiated.cloudHasMicroversions)
    }

    @Test("a cloud without microversions gets the base version and no header")
    func noMicroversions() throws {
        let compute = try MicroversionNegotiation.negotiate(service: .compute, cloudMinimum: nil, cloudMaximum: nil)
        #expect(compute.version == Microversion(2, 1))
        #expect(!compute.cloudHasMicroversions)
        let volume = try MicroversionNegotiation.negotiate(service: .blockStorage, cloudMinimum: nil, cloudMaximum: nil)
        #expect(volume.version == Microversion(3, 0))
    }

    @Test("a cloud whose minimum is above our maximum is refused with a clear error")
    func noOverlap() throws {
        let error = #expect(throws: OpenStackError.self) {
            try MicroversionNegotiation.negotiate(
                service: .compute, cloudMinimum: Microversion(2, 95), cloudMaximum: Microversion(2, 99))
        }
        #expect(error?.description.contains("2.95 to 2.99") == true)
    }

    @Test(
        "versions compare numerically and parse leniently",
        arguments: [("2.9", "2.10"), ("2.47", "2.100"), ("v2.1", "3.0")])
    func ordering(lower: String, higher: String) throws {
        #expect(try #require(Microversion(lower)) < #require(Microversion(higher)))
    }

    @Test("garbage is not a version", arguments: ["", "abc", "2.x", "2.1.3", "-1.2"])
    func invalid(text: String) {
        #expect(Microversion(text) == nil)
    }

    @Test("supports() gates features by the negotiated version")
    func supports() throws {
        let environment = TestEnvironment()
        let compute = try environment.compute("2.60")
        #expect(compute.supports("2.47"))
        #expect(compute.supports("2.60"))
        #expect(!compute.supports("2.73"))
        #expect(!compute.supports("not a version"))
    }

    @Test("Nova's version document is read from the endpoint itself")
    func discoverCompute() async throws {
        let environment = TestEnvironment()
        let document = try Fixtures.data("compute/version-v2.1.json", filling: ["min": "2.1", "max": "2.93"])
        environment.transport.on(.get, "/compute/v2.1") { _ in TransportResponse(status: 200, body: document) }
        let compute = try await ComputeClient.connect(
            context: environment.context, endpoint: try TestEnvironment.url(TestEnvironment.computeURL),
            tokens: StaticTokenSource(TestEnvironment.token))
        #expect(compute.microversion.version == Microversion(2, 90))
        #expect(compute.microversion.cloudMaximum == Microversion(2, 93))
        #expect(environment.transport.requests.count == 1)
        #expect(environment.transport.requests.first?.header("X-Auth-Token") == nil)
    }

    @Test("when the endpoint has no document, the service root's list is used")
    func discoverFromRoot() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1", status: 404, fixture: "errors/nova-itemNotFound.json")
        // URL.path drops the trailing slash; the URL itself keeps it.
        try environment.transport.on(.get, "/compute", fixture: "compute/versions-root.json")
        let negotiated = try await MicroversionDiscovery.discover(
            service: .compute, endpoint: try TestEnvironment.url(TestEnvironment.computeURL),
            context: environment.context)
        #expect(negotiated.version == Microversion(2, 90))
        #expect(
            environment.transport.requests.map(\.url.absoluteString) == [
                "http://cloud.test/compute/v2.1", "http://cloud.test/compute/",
            ])
    }

    @Test("an empty version string means no microversions, and no header is sent")
    func discoverLegacy() async throws {
        let environment = TestEnvironment()
        let document = try Fixtures.data("compute/version-v2.1.json", filling: ["min": "", "max": ""])
        environment.transport.on(.get, "/compute/v2.1") { _ in TransportResponse(status: 200, body: document) }
        try environment.transport.on(.get, "/compute/v2.1/flavors/detail", fixture: "compute/flavors-detail-v2.1.json")
        let compute = try await ComputeClient.connect(
            context: environment.context, endpoint: try TestEnvironment.url(TestEnvironment.computeURL),
            tokens: StaticTokenSource(TestEnvironment.token))
        #expect(compute.microversion == .base(for: .compute))
        _ = try await compute.listFlavors()
        let request = try #require(environment.transport.requests(.get, "/compute/v2.1/flavors/detail").first)
        #expect(request.header("OpenStack-API-Version") == nil)
    }

    @Test("Cinder's document is read from the versioned root without the project id")
    func discoverVolume() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/volume/v3", fixture: "block-storage/version-v3.json")
        let volumes = try await BlockStorageClient.connect(
            context: environment.context, endpoint: try TestEnvironment.url(TestEnvironment.volumeURL),
            tokens: StaticTokenSource(TestEnvironment.token))
        #expect(volumes.microversion.version == Microversion(3, 70))
        #expect(volumes.supports("3.27"))
        #expect(environment.transport.requests.map(\.url.absoluteString) == ["http://cloud.test/volume/v3"])
    }

    @Test("Cinder's service root (300 Multiple Choices) is read when /v3 has no document")
    func discoverVolumeFromRoot() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/volume/v3", status: 404, fixture: "errors/cinder-itemNotFound.json")
        try environment.transport.on(.get, "/volume", status: 300, fixture: "block-storage/version-v3.json")
        let negotiated = try await MicroversionDiscovery.discover(
            service: .blockStorage, endpoint: try TestEnvironment.url(TestEnvironment.volumeURL),
            context: environment.context)
        #expect(negotiated.version == Microversion(3, 70))
        #expect(environment.transport.requests.last?.url.absoluteString == "http://cloud.test/volume/")
    }

    @Test("every compute call carries the negotiated version header")
    func header() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/servers/f5dc", fixture: "compute/server-show.json")
        _ = try await environment.compute("2.79").showServer(id: "f5dc")
        let request = try #require(environment.transport.requests.first)
        #expect(request.header("OpenStack-API-Version") == "compute 2.79")
        #expect(request.header("X-OpenStack-Nova-API-Version") == "2.79")
    }

    @Test("a 406 makes the client rediscover, retry once and keep the new version")
    func fallbackAfter406() async throws {
        let environment = TestEnvironment()
        let document = try Fixtures.data("compute/version-v2.1.json", filling: ["min": "2.1", "max": "2.60"])
        environment.transport.on(.get, "/compute/v2.1") { _ in TransportResponse(status: 200, body: document) }
        let show = try Fixtures.data("compute/server-show.json")
        environment.transport.on(.get, "/compute/v2.1/servers/f5dc") { request in
            request.header("OpenStack-API-Version") == "compute 2.90"
                ? TransportResponse(status: 406, body: Data("Version 2.90 is not supported by the API.".utf8))
                : TransportResponse(status: 200, body: show)
        }
        let compute = try environment.compute("2.90")
        _ = try await compute.showServer(id: "f5dc")
        #expect(compute.microversion.version == Microversion(2, 60))
        let versions = environment.transport.requests(.get, "/compute/v2.1/servers/f5dc").map {
            $0.header("OpenStack-API-Version")
        }
        #expect(versions == ["compute 2.90", "compute 2.60"])
        _ = try await compute.showServer(id: "f5dc")
        #expect(environment.transport.requests(.get, "/compute/v2.1").count == 1)
    }

    @Test("the negotiated version is Codable for the core's cache")
    func codable() throws {
        let negotiated = NegotiatedMicroversion(
            service: .compute, version: Microversion(2, 79), cloudMinimum: Microversion(2, 1),
            cloudMaximum: Microversion(2, 93))
        let data = try JSONEncoder().encode(negotiated)
        #expect(try JSONDecoder().decode(NegotiatedMicroversion.self, from: data) == negotiated)
        #expect(String(decoding: data, as: UTF8.self).contains("\"2.79\""))
    }
}
