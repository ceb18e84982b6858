import Foundation
import Localization
@testable import OpenStackAPI
import Secrets
import Testing
@testable import OutboundHTTP

struct ServerActionsTests {
    static let actionPath = "/compute/v2.1/servers/b6da/action"

    static let actions: [(ServerAction, String)] = [
        (.start, #"{"os-start": null}"#),
        (.stop, #"{"os-stop": null}"#),
        (.reboot(.soft), #"{"reboot": {"type": "SOFT"}}"#),
        (.reboot(.hard), #"{"reboot": {"type": "HARD"}}"#),
        (.suspend, #"{"suspend": null}"#),
        (.resume, #"{"resume": null}"#),
        (.pause, #"{"pause": null}"#),
        (.unpause, #"{"unpause": null}"#),
        (.shelve, #"{"shelve": null}"#),
        (.unshelve(availabilityZone: nil), #"{"unshelve": null}"#),
        (.unshelve(availabilityZone: "az2"), #"{"unshelve": {"availability_zone": "az2"}}"#),
        (.resize(flavorRef: "2"), #"{"resize": {"flavorRef": "2"}}"#),
        (.confirmResize, #"{"confirmResize": null}"#),
        (.revertResize, #"{"revertResize": null}"#),
        (.lock(reason: nil), #"{"lock": null}"#),
        (.lock(reason: "maintenance"), #"{"lock": {"locked_reason": "maintenance"}}"#),
        (.unlock, #"{"unlock": null}"#),
    ]

    @Test("each action posts the body the API reference shows", arguments: actions)
    func body(action: ServerAction, expected: String) async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, Self.actionPath, status: 202)
        let result = try await environment.compute().performServerAction(action, id: "b6da")
        #expect(result == ServerActionResult())
        let request = try #require(environment.transport.requests.first)
        #expect(request.method == .post)
        #expect(request.header("Content-Type") == "application/json")
        #expect(try request.jsonBody() == JSON.parse(Data(expected.utf8)))
    }

    @Test("rebuild sends user data base64-encoded and returns the server")
    func rebuild() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, Self.actionPath, status: 202, fixture: "compute/rebuild-response.json")
        let request = ServerRebuildRequest(
            imageRef: "70a599e0", name: "rebuilt", adminPass: Secret("n3w-pass"), keyName: "mykey",
            userData: "#cloud-config\n")
        let result = try await environment.compute().performServerAction(.rebuild(request), id: "b6da")
        #expect(result.server?.status == .rebuild)
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(
            body
                == .object([
                    "rebuild": .object([
                        "imageRef": .string("70a599e0"), "name": .string("rebuilt"), "adminPass": .string("n3w-pass"),
                        "key_name": .string("mykey"), "user_data": .string("I2Nsb3VkLWNvbmZpZwo="),
                    ])
                ]))
    }

    @Test("createImage reads the image id from the 2.45+ body")
    func createImageBody() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, Self.actionPath, status: 202, fixture: "compute/create-image-response.json")
        let id = try await environment.compute().createServerImage(id: "b6da", name: "snap", metadata: ["a": "b"])
        #expect(id == "0e7761dd-ee98-41f0-ba35-05994e446431")
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(
            body
                == .object([
                    "createImage": .object(["name": .string("snap"), "metadata": .object(["a": .string("b")])])
                ]))
    }

    @Test("createImage reads the image id from the Location header before 2.45")
    func createImageLocation() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, Self.actionPath, status: 202,
            headers: ["Location": "http://cloud.test/image/v2/images/0e7761dd-ee98-41f0-ba35-05994e446431"])
        let result = try await environment.compute("2.44").performServerAction(
            .createImage(name: "snap", metadata: [:]), id: "b6da")
        #expect(result.imageID == "0e7761dd-ee98-41f0-ba35-05994e446431")
    }

    @Test("createImage without Location before 2.45 names the missing header")
    func createImageMissingLocation() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, Self.actionPath, status: 202)
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute("2.44").createServerImage(id: "b6da", name: "snap")
        }
        #expect(error?.message.sourceText.contains("without the Location header") == true)
    }

    @Test("a lock reason needs 2.73")
    func lockReasonNeedsVersion() async throws {
        let environment = TestEnvironment()
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute("2.72").performServerAction(.lock(reason: "why"), id: "b6da")
        }
        #expect(
            error?.message.sourceText
                == "A lock reason needs Compute (Nova) API version 2.73 or later, but this cloud offers 2.72.")
        #expect(environment.transport.requests.isEmpty)
    }

    @Test("console output asks for a length and returns the text")
    func consoleOutput() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, Self.actionPath, fixture: "compute/console-output.json")
        let output = try await environment.compute().showConsoleOutput(id: "b6da", length: 50)
        #expect(output == "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE")
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(body == .object(["os-getConsoleOutput": .object(["length": .number(50)])]))
    }

    @Test("a conflicting action surfaces Nova's message and a state hint")
    func conflict() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, Self.actionPath, status: 409, fixture: "errors/nova-conflictingRequest.json",
            headers: ["x-compute-request-id": "req-abc"])
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute().performServerAction(.stop, id: "b6da")
        }
        #expect(error?.status == 409)
        #expect(error?.requestID == "req-abc")
        #expect(error?.cloudMessage == "Cannot 'stop' instance 9f1a while it is in vm_state stopped")
        #expect(error?.recovery?.sourceText.contains("Wait until") == true)
    }
}
