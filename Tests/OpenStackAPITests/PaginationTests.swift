import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct PaginationTests {
    /// Serves `total` servers from `/compute/v2.1/servers/detail` the way Nova pages: at most
    /// `limit` (or 1,000) per page, a `servers_links` next link while more remain.
    static func serveServers(_ total: Int, on transport: FakeTransport) {
        let ids = (0..<total).map { String(format: "server-%05d", $0) }
        transport.on(.get, "/compute/v2.1/servers/detail") { request in
            let limit = request.query["limit"].flatMap(Int.init) ?? 1000
            let start = request.query["marker"].flatMap { marker in ids.firstIndex(of: marker).map { $0 + 1 } } ?? 0
            let page = ids[start..<min(start + limit, ids.count)]
            let servers = page.map { "{\"id\": \"\($0)\", \"name\": \"vm-\($0)\", \"status\": \"ACTIVE\"}" }
            var body = "{\"servers\": [" + servers.joined(separator: ",") + "]"
            if page.count == limit, let last = page.last {
                body +=
                    ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"http://elsewhere.example/v2.1/servers/detail?limit=\(limit)&marker=\(last)\"}]"
            }
            return TransportResponse(status: 200, body: Data((body + "}").utf8))
        }
    }

    @Test("listServers follows next links across pages to the end", arguments: [(2500, nil), (1000, nil), (1234, 100)])
    func followsNextLinks(total: Int, limit: Int?) async throws {
        let environment = TestEnvironment()
        Self.serveServers(total, on: environment.transport)
        let servers = try await environment.compute().listServers(ServerListQuery(limit: limit))
        #expect(servers.count == total)
        #expect(Set(servers.map(\.id)).count == total)
        #expect(servers.first?.id == "server-00000")
        let pageSize = limit ?? 1000
        #expect(environment.transport.requests.count == total / pageSize + 1)
        // The link's host is ignored: requests stay on the catalog endpoint.
        #expect(environment.transport.requests.allSatisfy { $0.url.host == "cloud.test" })
    }

    @Test("pages arrive lazily: reading the first page makes one request")
    func lazyPages() async throws {
        let environment = TestEnvironment()
        Self.serveServers(2500, on: environment.transport)
        var iterator = try environment.compute().servers().makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first?.count == 1000)
        #expect(environment.transport.requests.count == 1)
    }

    @Test("a cloud that repeats its next link is stopped with a clear error")
    func loopGuard() async throws {
        let environment = TestEnvironment()
        let body = Data(
            """
            {"servers": [{"id": "a", "status": "ACTIVE"}],
             "servers_links": [{"rel": "next", "href": "http://cloud.test/compute/v2.1/servers/detail?marker=a"}]}
            """.utf8)
        environment.transport.on(.get, "/compute/v2.1/servers/detail") { _ in TransportResponse(status: 200, body: body)
        }
        let error = await #expect(throws: OpenStackError.self) { try await environment.compute().listServers() }
        #expect(error == .paginationLoop(service: .compute, path: "/compute/v2.1/servers/detail", marker: "a"))
        #expect(environment.transport.requests.count == 2)
        #expect(error?.message.sourceText.contains("same page twice") == true)
    }

    @Test("endless distinct pages stop at the page cap")
    func pageCap() async throws {
        let environment = TestEnvironment()
        environment.transport.on(.get, "/compute/v2.1/servers/detail") { request in
            let next = (request.query["marker"].flatMap(Int.init) ?? 0) + 1
            let body =
                "{\"servers\": [], \"servers_links\": [{\"rel\": \"next\", \"href\": \"/servers/detail?marker=\(next)\"}]}"
            return TransportResponse(status: 200, body: Data(body.utf8))
        }
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute().servers().maximumPages(5).all()
        }
        #expect(error == .tooManyPages(service: .compute, path: "/compute/v2.1/servers/detail", limit: 5))
        #expect(environment.transport.requests.count == 5)
    }

    @Test("Glance's relative next link is followed with its query")
    func glanceNext() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/image/v2/images", fixture: "image/images-page1.json")
        let second = try Fixtures.data("image/images-page2.json")
        let first = try Fixtures.data("image/images-page1.json")
        environment.transport.on(.get, "/image/v2/images") { request in
            TransportResponse(status: 200, body: request.query["marker"] == nil ? first : second)
        }
        let images = try await environment.image().listImages(
            ImageListQuery(visibility: .public, status: .active, limit: 1))
        #expect(images.map(\.name) == ["cirros-0.3.2-x86_64-disk", "F17-x86_64-cfntools"])
        let queries = environment.transport.requests.map(\.query)
        #expect(queries.first == ["visibility": "public", "status": "active", "limit": "1"])
        #expect(
            queries.last == [
                "visibility": "public", "status": "active", "limit": "1",
                "marker": "1bea47ed-f6a9-463b-b423-14b9cca9ad27",
            ])
    }

    @Test("the query's limit and marker go on the first request; a page without a next link is the last")
    func limitAndMarker() async throws {
        let environment = TestEnvironment()
        environment.transport.on(.get, "/network/v2.0/networks") { _ in
            TransportResponse(status: 200, body: Data("{\"networks\": [{\"id\": \"n3\"}, {\"id\": \"n4\"}]}".utf8))
        }
        let networks = try await environment.network().listNetworks(NetworkListQuery(limit: 2, marker: "n2"))
        #expect(networks.map(\.id) == ["n3", "n4"])
        #expect(environment.transport.requests.map(\.query) == [["limit": "2", "marker": "n2"]])
    }

    @Test("Neutron's networks_links next is followed and its previous link ignored")
    func neutronLinks() async throws {
        let environment = TestEnvironment()
        let first = try Fixtures.data("network/networks.json")
        let last = try Fixtures.data("network/networks-last.json")
        environment.transport.on(.get, "/network/v2.0/networks") { request in
            TransportResponse(status: 200, body: request.query["marker"] == nil ? first : last)
        }
        let networks = try await environment.network().listNetworks(NetworkListQuery(limit: 2))
        #expect(networks.map(\.name) == ["net1", "public", "private"])
        #expect(environment.transport.requests.count == 2)
    }
}
