import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct ImageTests {
    @Test("the catalog root gets /v2; a catalog URL already ending in /v2 does not get it twice")
    func versionedPath() async throws {
        for endpoint in ["http://cloud.test/image", "http://cloud.test/image/", "http://cloud.test/image/v2"] {
            let environment = TestEnvironment()
            try environment.transport.on(.get, "/image/v2/images/1bea", fixture: "image/image-show.json")
            let client = ImageClient(
                context: environment.context, endpoint: try TestEnvironment.url(URL(string: endpoint)),
                tokens: StaticTokenSource(TestEnvironment.token))
            _ = try await client.showImage(id: "1bea")
            #expect(
                environment.transport.requests.first?.url.absoluteString == "http://cloud.test/image/v2/images/1bea")
        }
    }

    @Test("an image decodes its core fields and gathers its free-form properties")
    func show() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/image/v2/images/1bea", fixture: "image/image-show.json")
        let image = try await environment.image().showImage(id: "1bea")
        #expect(image.name == "cirros-0.3.2-x86_64-disk")
        #expect(image.status == .active)
        #expect(image.visibility == .public)
        #expect(image.size == 13_167_616)
        #expect(image.virtualSize == 41_126_400)
        #expect(image.diskFormat == "qcow2")
        #expect(image.isProtected == false)
        #expect(
            image.properties == [
                "image_type": "snapshot", "instance_uuid": "f5dc173b-6804-445a-a6d8-c705dad5b5eb",
                "hw_qemu_guest_agent": "yes",
            ])
        let reencoded = try JSONDecoder().decode(Image.self, from: JSONEncoder().encode(image))
        #expect(reencoded.properties == image.properties)
    }

    @Test("list filters are sent with Glance's names")
    func filters() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/image/v2/images", fixture: "image/images-page2.json")
        let images = try await environment.image().listImages(
            ImageListQuery(
                name: "F17", visibility: .community, status: .active, owner: "5ef7", tag: "featured", limit: 200,
                sort: "name:asc"))
        #expect(images.first?.tags == ["featured"])
        #expect(images.first?.properties == [:])
        #expect(
            environment.transport.requests.first?.query == [
                "name": "F17", "visibility": "community", "status": "active", "owner": "5ef7", "tag": "featured",
                "limit": "200", "sort": "name:asc",
            ])
    }

    @Test("deleteImage sends DELETE, and Glance's plain-text 404 becomes a readable error")
    func delete() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.delete, "/image/v2/images/1bea", status: 204)
        try environment.transport.on(.delete, "/image/v2/images/gone", status: 404, fixture: "errors/glance-404.txt")
        let images = try environment.image()
        try await images.deleteImage(id: "1bea")
        let error = await #expect(throws: OpenStackError.self) { try await images.deleteImage(id: "gone") }
        #expect(
            error?.message.sourceText
                == "Image (Glance) found nothing at DELETE /image/v2/images/gone (HTTP 404): The resource could not be found."
        )
        #expect(
            environment.transport.requests.allSatisfy { $0.header("X-Auth-Token") == TestEnvironment.token.revealed })
        #expect(environment.transport.requests.allSatisfy { $0.header("OpenStack-API-Version") == nil })
    }
}
