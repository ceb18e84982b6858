import Foundation
import Localization
@testable import OpenStackAPI
import Secrets
import Testing
@testable import OutboundHTTP

struct ComputeResourcesTests {
    @Test("flavors are listed from /flavors/detail with sizes, swap and extra specs")
    func flavors() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/flavors/detail", fixture: "compute/flavors-detail.json")
        let flavors = try await environment.compute().listFlavors(FlavorListQuery(minRAM: 512, isPublic: true))
        #expect(flavors.map(\.name) == ["m1.tiny", "m1.small"])
        #expect(flavors.last?.swap == 512)
        #expect(flavors.last?.extraSpecs == ["hw:numa_nodes": "1"])
        #expect(flavors.first?.isPublic == true)
        #expect(environment.transport.requests.first?.query == ["minRam": "512", "is_public": "true"])
    }

    @Test("a pre-2.75 flavor's empty-string swap decodes as 0")
    func legacySwap() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/flavors/detail", fixture: "compute/flavors-detail-v2.1.json")
        let flavors = try await environment.compute("2.1").listFlavors()
        #expect(flavors.first?.swap == 0)
        #expect(flavors.first?.extraSpecs == nil)
    }

    @Test("flavor extra specs come from os-extra_specs")
    func extraSpecs() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/compute/v2.1/flavors/1/os-extra_specs", fixture: "compute/flavor-extra-specs.json")
        #expect(
            try await environment.compute().listFlavorExtraSpecs(id: "1") == [
                "hw:cpu_policy": "shared", "hw:numa_nodes": "1",
            ])
    }

    @Test("key pairs are listed, imported and deleted")
    func keypairs() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/os-keypairs", fixture: "compute/keypairs-list.json")
        try environment.transport.on(
            .post, "/compute/v2.1/os-keypairs", status: 201, fixture: "compute/keypair-create-response.json")
        try environment.transport.on(.delete, "/compute/v2.1/os-keypairs/laptop", status: 204)
        let compute = try environment.compute()

        let keypairs = try await compute.listKeypairs()
        #expect(keypairs.map(\.type) == ["ssh"])
        #expect(keypairs.first?.fingerprint == "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd")

        let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk8y7bKN0nbGd2R3OqZ2ZJ9d7y9F7Zl5l2V3h5b6m1x demo@laptop"
        let created = try await compute.createKeypair(KeypairCreateRequest(name: "laptop", publicKey: key, type: "ssh"))
        #expect(created.privateKey == nil)
        let body = try #require(
            try environment.transport.requests(.post, "/compute/v2.1/os-keypairs").first?.jsonBody())
        #expect(
            body
                == .object([
                    "keypair": .object(["name": .string("laptop"), "public_key": .string(key), "type": .string("ssh")])
                ]))

        try await compute.deleteKeypair(name: "laptop")
        #expect(environment.transport.requests(.delete, "/compute/v2.1/os-keypairs/laptop").count == 1)
    }

    @Test("absolute limits are read, missing fields left nil")
    func limits() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/limits", fixture: "compute/limits.json")
        let limits = try await environment.compute().showLimits()
        #expect(limits.maxTotalCores == 20)
        #expect(limits.totalCoresUsed == 4)
        #expect(limits.maxTotalRAMSize == 51200)
        #expect(limits.maxTotalFloatingIps == nil)
    }

    @Test("volume attachments are listed, attached and detached")
    func volumeAttachments() async throws {
        let environment = TestEnvironment()
        let path = "/compute/v2.1/servers/7696780b/os-volume_attachments"
        try environment.transport.on(.get, path, fixture: "compute/volume-attachments.json")
        try environment.transport.on(.post, path, fixture: "compute/volume-attach-response.json")
        try environment.transport.on(.delete, path + "/a07f71dc", status: 202)
        let compute = try environment.compute()

        let attachments = try await compute.listVolumeAttachments(serverID: "7696780b")
        #expect(attachments.map(\.device) == ["/dev/sdc", "/dev/sdb"])
        #expect(attachments.last?.deleteOnTermination == true)
        #expect(attachments.first?.attachmentID == "979ce4f8-033a-409d-85e6-6b5c0f6a6302")

        let attached = try await compute.attachVolume(
            serverID: "7696780b", VolumeAttachRequest(volumeID: "a07f71dc", deleteOnTermination: true))
        #expect(attached.device == "/dev/sdb")
        let body = try #require(try environment.transport.requests(.post, path).first?.jsonBody())
        #expect(
            body
                == .object([
                    "volumeAttachment": .object(["volumeId": .string("a07f71dc"), "delete_on_termination": .bool(true)])
                ]))

        try await compute.detachVolume(serverID: "7696780b", volumeID: "a07f71dc")
        #expect(environment.transport.requests(.delete, path + "/a07f71dc").count == 1)
    }
}
