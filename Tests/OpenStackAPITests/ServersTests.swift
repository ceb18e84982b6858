import Foundation
import Localization
@testable import OpenStackAPI
import Secrets
import Testing
@testable import OutboundHTTP

struct ServersTests {
    @Test("listServers sends the filters Nova documents, with the token and version headers")
    func listQuery() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/servers/detail", fixture: "compute/servers-detail-v2.1.json")
        let query = ServerListQuery(
            name: "^web", status: .active, changesSince: Date(timeIntervalSince1970: 1_700_000_000), tags: ["a", "b"],
            limit: 50, sortKey: "created_at", sortDirection: "desc")
        _ = try await environment.compute().listServers(query)

        let request = try #require(environment.transport.requests.first)
        #expect(request.method == .get)
        #expect(
            request.query == [
                "name": "^web", "status": "ACTIVE", "changes-since": "2023-11-14T22:13:20Z", "tags": "a,b",
                "limit": "50",
                "sort_key": "created_at", "sort_dir": "desc",
            ])
        #expect(request.url.absoluteString.contains("changes-since=2023-11-14T22%3A13%3A20Z"))
        #expect(request.header("X-Auth-Token") == TestEnvironment.token.revealed)
        #expect(request.header("OpenStack-API-Version") == "compute 2.90")
        #expect(request.header("Content-Type") == nil)
        #expect(request.body == nil)
    }

    @Test("a 2.47+ server decodes every documented field, the embedded flavor included")
    func decodeModern() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/servers/detail", fixture: "compute/servers-detail.json")
        // The fixture's next link points at a second page; answer it with an empty one.
        environment.transport.on(.get, "/compute/v2.1/servers/detail") { request in
            request.query["marker"] == nil
                ? TransportResponse(status: 200, body: try Fixtures.data("compute/servers-detail.json"))
                : TransportResponse(status: 200, body: Data("{\"servers\": []}".utf8))
        }
        let servers = try await environment.compute().listServers()
        let server = try #require(servers.first)
        #expect(servers.count == 1)
        #expect(server.id == "f5dc173b-6804-445a-a6d8-c705dad5b5eb")
        #expect(server.name == "new-server-test")
        #expect(server.status == .active)
        #expect(
            server.flavor
                == ServerFlavor(
                    originalName: "m1.tiny", vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, extraSpecs: [:]))
        #expect(server.image == ServerImage(id: "70a599e0-31e7-49b7-b260-868f441e862b"))
        #expect(server.addresses?["private"]?.map(\.type) == ["fixed", "floating"])
        #expect(server.addresses?["private"]?.last?.address == "203.0.113.17")
        #expect(server.keyName == nil)
        #expect(server.powerState == 1)
        #expect(server.vmState == "active")
        #expect(server.availabilityZone == "nova")
        #expect(server.hostname == "custom-hostname")
        #expect(server.volumesAttached?.map(\.id) == ["volume_id1", "volume_id2"])
        #expect(server.launchedAt == Date(timeIntervalSince1970: 1_379_944_392.774549))
        #expect(server.metadata == ["My Server Name": "Apache1"])
        #expect(server.securityGroups == [ServerSecurityGroup(name: "default")])
        #expect(server.locked == false)
    }

    @Test(
        "a pre-2.47 server has a flavor reference, a boot-from-volume server an empty image, a down-cell server almost nothing"
    )
    func decodeLegacyShapes() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/servers/detail", fixture: "compute/servers-detail-v2.1.json")
        let servers = try await environment.compute("2.1").listServers()
        #expect(servers.count == 2)
        #expect(servers.first?.flavor == ServerFlavor(id: "1"))
        #expect(servers.first?.image == nil)
        #expect(servers.first?.status == .shutoff)
        #expect(servers.last?.status == .unknown)
        #expect(servers.last?.name == nil)
    }

    @Test("showServer reads fault, lock reason, tags and server groups")
    func show() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/servers/f5dc173b", fixture: "compute/server-show.json")
        let server = try await environment.compute().showServer(id: "f5dc173b")
        #expect(server.status == .error)
        #expect(server.fault?.message == "No valid host was found.")
        #expect(server.lockedReason == "maintenance window")
        #expect(server.tags == ["web"])
        #expect(server.serverGroups == ["0fd77252-4eef-4ec4-ae9b-e05dfc98aeac"])
        #expect(server.flavor?.extraSpecs == ["hw:cpu_policy": "shared"])
    }

    @Test(
        "createServer sends the documented body, user data base64-encoded, and returns the admin password as a Secret")
    func create() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/compute/v2.1/servers", status: 202, fixture: "compute/server-create-response.json")
        let request = ServerCreateRequest(
            name: "new-server-test", imageRef: "70a599e0-31e7-49b7-b260-868f441e862b", flavorRef: "1",
            networks: .list([
                ServerNetwork(uuid: "ff608d40-75e9-48cb-b745-77bb55b5eaf2"),
                ServerNetwork(port: "c7a1d1a0-4f5e-4e8a-9f3b-2b8e5c0f6a11", tag: "nic2"),
            ]),
            keyName: "mykey", userData: "#!/bin/bash\necho hello\n",
            blockDeviceMappings: [.bootVolume(fromImage: "70a599e0-31e7-49b7-b260-868f441e862b", size: 20)],
            minCount: 2, maxCount: 3, securityGroups: ["default", "ssh"], metadata: ["My Server Name": "Apache1"],
            availabilityZone: "us-west", description: "a test server", hostname: "custom-hostname")
        let created = try await environment.compute().createServer(request)

        #expect(created.id == "f5dc173b-6804-445a-a6d8-c705dad5b5eb")
        #expect(created.adminPass?.revealed == "6NpUwoz2QDRN")
        #expect("\(created)".contains("6NpUwoz2QDRN") == false)
        let sent = try #require(environment.transport.requests.first)
        #expect(sent.header("Content-Type") == "application/json")
        #expect(try sent.jsonBody() == Fixtures.json("compute/server-create-request.json"))
    }

    @Test(
        "networks: auto and none are keywords from 2.37; before it auto is omitted and none refused",
        arguments: [
            (ServerNetworks.auto, "2.37", JSON?.some(.string("auto"))),
            (.none, "2.90", .some(.string("none"))),
            (.auto, "2.36", JSON?.none),
        ])
    func networks(networks: ServerNetworks, version: String, expected: JSON?) async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/compute/v2.1/servers", status: 202, fixture: "compute/server-create-response.json")
        _ = try await environment.compute(version).createServer(
            ServerCreateRequest(name: "n", imageRef: "i", flavorRef: "f", networks: networks))
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(body["server"]?["networks"] == expected)
    }

    @Test("a field newer than the negotiated version is refused before any request")
    func tooOld() async throws {
        let environment = TestEnvironment()
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute("2.36").createServer(
                ServerCreateRequest(name: "n", imageRef: "i", flavorRef: "f", networks: .none))
        }
        #expect(
            error
                == .microversionTooLow(
                    service: .compute, feature: "Creating a server without networks", required: Microversion(2, 37),
                    negotiated: Microversion(2, 36)))
        #expect(environment.transport.requests.isEmpty)
    }

    @Test("updateServer renames with PUT and returns the server")
    func update() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .put, "/compute/v2.1/servers/324dfb7d", fixture: "compute/server-update-response.json")
        let server = try await environment.compute().updateServer(
            id: "324dfb7d", ServerUpdateRequest(name: "new-server-name"))
        #expect(server.name == "new-server-name")
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(body == .object(["server": .object(["name": .string("new-server-name")])]))
    }

    @Test("deleteServer sends DELETE to the server's URL")
    func delete() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.delete, "/compute/v2.1/servers/324dfb7d", status: 204)
        try await environment.compute().deleteServer(id: "324dfb7d")
        #expect(environment.transport.requests.map(\.method) == [.delete])
    }

    @Test("path segments are percent-encoded")
    func encoding() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/compute/v2.1/os-keypairs/my key/x", status: 404, fixture: "errors/nova-itemNotFound.json")
        _ = try? await environment.compute().showKeypair(name: "my key/x")
        #expect(
            environment.transport.requests.first?.url.absoluteString
                == "http://cloud.test/compute/v2.1/os-keypairs/my%20key%2Fx")
    }
}
