import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Glance v2 (Image API ref, "Images").
@Suite struct ImageTests {
    @Test func listShapePaginationAndHiddenImages() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let first = try await simulator.send(.GET, "/image/v2/images?limit=2", token: token)
            #expect(first.status == 200)
            let json = try first.json()
            #expect(json["first"]?.string == "/v2/images")
            #expect(json["schema"]?.string == "/v2/schemas/images")
            let image = try #require(json["images"]?[0])
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("glance-image"), actual: image).allSatisfy { $0.hasSuffix("unexpected") })
            #expect(Formats.isSeconds(image["created_at"]?.string ?? ""))
            var next = json["next"]?.string
            var names = json["images"]?.array?.compactMap { $0["name"]?.string } ?? []
            var pages = 1
            while let link = next, pages < 20 {
                #expect(link.hasPrefix("/v2/images?"))
                let page = try await simulator.send(.GET, "/image" + link, token: token).json()
                names += page["images"]?.array?.compactMap { $0["name"]?.string } ?? []
                next = page["next"]?.string
                pages += 1
            }
            #expect(names.contains("Featured-Ubuntu24"))
            #expect(!names.contains("CentOS-7-x86_64"))
            #expect(Set(names).count == names.count)
            let hidden = try await simulator.send(.GET, "/image/v2/images?os_hidden=true", token: token)
            #expect(try hidden.json()["images"]?.array?.contains { $0["name"]?.string == "CentOS-7-x86_64" } == true)
        }
    }

    @Test func publicImageMatchesReferenceShape() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let list = try await simulator.send(.GET, "/image/v2/images?name=Featured-Ubuntu24", token: token)
            let image = try #require(try list.json()["images"]?[0])
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("glance-image"), actual: image) == [])
        }
    }

    @Test func missingImageIsGlance404() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let reply = try await simulator.send(.GET, "/image/v2/images/0f0f0f0f-0000-4000-8000-000000000000", token: token)
            #expect(reply.status == 404)
            let json = try reply.json()
            #expect(json["code"]?.string == "404 Not Found")
            #expect(json["title"]?.string == "Not Found")
            #expect(json["message"]?.string?.hasPrefix("No image found with ID 0f0f0f0f-0000-4000-8000-000000000000") == true)
        }
    }

    // Image API ref, "Create image" (201, queued), "Upload binary image data", "Delete image".
    @Test func createUploadAndDelete() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let created = try await simulator.send(.POST, "/image/v2/images", token: token,
                json: #"{"name": "my-image", "disk_format": "qcow2", "container_format": "bare", "os_distro": "ubuntu"}"#)
            #expect(created.status == 201)
            let image = try created.json()
            #expect(image["status"]?.string == "queued")
            #expect(image["visibility"]?.string == "shared")
            #expect(image["os_distro"]?.string == "ubuntu")
            let id = try #require(image["id"]?.string)
            let upload = try await simulator.send(.PUT, "/image/v2/images/\(id)/file", token: token,
                headers: [("Content-Type", "application/octet-stream")], json: "0123456789")
            #expect(upload.status == 204)
            await simulator.advance(3)
            let active = try await simulator.send(.GET, "/image/v2/images/\(id)", token: token).json()
            #expect(active["status"]?.string == "active")
            #expect(active["size"]?.int == 10)
            #expect(try await simulator.send(.DELETE, "/image/v2/images/\(id)", token: token).status == 204)
            #expect(try await simulator.send(.GET, "/image/v2/images/\(id)", token: token).status == 404)
            let bad = try await simulator.send(.POST, "/image/v2/images", token: token, json: #"{"name": "x", "disk_format": "floppy"}"#)
            #expect(bad.status == 400)
        }
    }

    @Test func publicImagesCannotBeDeletedByMembers() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let list = try await simulator.send(.GET, "/image/v2/images?visibility=public&limit=1", token: token)
            let id = try #require(try list.json()["images"]?[0]?["id"]?.string)
            #expect(try await simulator.send(.DELETE, "/image/v2/images/\(id)", token: token).status == 403)
        }
    }

    @Test func versionsAreMultipleChoices() async throws {
        try await SimulatorHarness.with { simulator in
            let reply = try await simulator.send(.GET, "/image/")
            #expect(reply.status == 300)
            #expect(try reply.json()["versions"]?[0]?["status"]?.string == "CURRENT")
        }
    }
}
