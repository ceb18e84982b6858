import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// States over time, stepped by moving the simulator's clock (Compute API ref, "Server Status" and
/// the actions' task states).
@Suite struct ServerLifecycleTests {
    private func createServer(_ simulator: SimulatorHarness, token: String, name: String) async throws -> String {
        let images = try await simulator.send(.GET, "/image/v2/images?name=Featured-Ubuntu24", token: token)
        let image = try #require(try images.json()["images"]?[0]?["id"]?.string)
        let body = #"{"server": {"name": "\#(name)", "imageRef": "\#(image)", "flavorRef": "2", "networks": "auto", "key_name": "demo-laptop"}}"#
        let reply = try await simulator.send(
            .POST, "/compute/v2.1/servers", token: token, headers: [("OpenStack-API-Version", "compute 2.79")], json: body)
        #expect(reply.status == 202)
        let id = try #require(try reply.json()["server"]?["id"]?.string)
        #expect(reply.header("Location")?.hasSuffix(id) == true)
        #expect(try reply.json()["server"]?["adminPass"]?.string?.isEmpty == false)
        return id
    }

    private func act(_ simulator: SimulatorHarness, _ id: String, token: String, _ body: String, version: String = "2.1") async throws -> Reply {
        try await simulator.send(
            .POST, "/compute/v2.1/servers/\(id)/action", token: token, headers: [("OpenStack-API-Version", "compute \(version)")],
            json: body)
    }

    @Test func newServerBuildsThenBecomesActiveWithAddress() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await createServer(simulator, token: token, name: "lifecycle-build")
            let first = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token)
            #expect(try first.json()["server"]?["status"]?.string == "BUILD")
            #expect(try first.json()["server"]?["OS-EXT-STS:task_state"]?.string == "scheduling")
            await simulator.advance(10)
            let spawning = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(spawning?["OS-EXT-STS:task_state"]?.string == "spawning")
            #expect((spawning?["progress"]?.int ?? 0) > 0)
            await simulator.advance(25)
            let active = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(active?["status"]?.string == "ACTIVE")
            #expect(active?["OS-EXT-STS:task_state"] == .null)
            #expect(active?["OS-EXT-STS:power_state"]?.int == 1)
            #expect(active?["addresses"]?["demo-genomics-net"]?[0]?["OS-EXT-IPS:type"]?.string == "fixed")
        }
    }

    // Compute API ref, "Stop Server (os-stop Action)": 409 unless ACTIVE or ERROR.
    @Test func stopThenStopAgainIsConflictWithNovaMessage() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            #expect(try await act(simulator, id, token: token, #"{"os-stop": null}"#).status == 202)
            let during = try await act(simulator, id, token: token, #"{"os-stop": null}"#)
            #expect(try during.json()["conflictingRequest"]?["message"]?.string == "Cannot 'os-stop' instance \(id) while it is in task_state powering-off")
            await simulator.advance(5)
            #expect(try await simulator.status(of: id, token: token) == "SHUTOFF")
            let again = try await act(simulator, id, token: token, #"{"os-stop": null}"#)
            #expect(again.status == 409)
            #expect(try again.json()["conflictingRequest"]?["message"]?.string == "Cannot 'os-stop' instance \(id) while it is in vm_state stopped")
            #expect(try await act(simulator, id, token: token, #"{"os-start": null}"#).status == 202)
            await simulator.advance(7)
            #expect(try await simulator.status(of: id, token: token) == "ACTIVE")
        }
    }

    @Test func lockedServerRefusesActionsUntilUnlocked() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let lock = try await act(simulator, id, token: token, #"{"lock": {"locked_reason": "maintenance"}}"#, version: "2.73")
            #expect(lock.status == 202)
            let shown = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token, headers: [("OpenStack-API-Version", "compute 2.73")])
            #expect(try shown.json()["server"]?["locked"]?.bool == true)
            #expect(try shown.json()["server"]?["locked_reason"]?.string == "maintenance")
            let reboot = try await act(simulator, id, token: token, #"{"reboot": {"type": "SOFT"}}"#)
            #expect(reboot.status == 409)
            #expect(try reboot.json()["conflictingRequest"]?["message"]?.string == "Instance \(id) is locked")
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/servers/\(id)", token: token).status == 409)
            #expect(try await act(simulator, id, token: token, #"{"unlock": null}"#).status == 202)
            #expect(try await act(simulator, id, token: token, #"{"reboot": {"type": "HARD"}}"#).status == 202)
            #expect(try await simulator.status(of: id, token: token) == "HARD_REBOOT")
            await simulator.advance(10)
            #expect(try await simulator.status(of: id, token: token) == "ACTIVE")
        }
    }

    // Compute API ref, "Show Console Output (os-getConsoleOutput Action)": `length` keeps the last lines.
    @Test func consoleOutputGrowsWhileBooting() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await createServer(simulator, token: token, name: "console-watch")
            let early = try await act(simulator, id, token: token, #"{"os-getConsoleOutput": {}}"#)
            #expect(early.status == 409)
            var lengths: [Int] = []
            var output = ""
            for _ in 0..<12 {
                await simulator.advance(3)
                let reply = try await act(simulator, id, token: token, #"{"os-getConsoleOutput": {}}"#)
                if reply.status == 200 {
                    output = try reply.json()["output"]?.string ?? ""
                    lengths.append(output.count)
                }
            }
            #expect(output.contains("Linux version"))
            #expect(output.contains("cloud-init"))
            #expect(output.hasSuffix("console-watch login: \n"))
            #expect(Set(lengths).count > 3)
            #expect(lengths == lengths.sorted())
            let tail = try await act(simulator, id, token: token, #"{"os-getConsoleOutput": {"length": 2}}"#)
            #expect(try tail.json()["output"]?.string == "\nconsole-watch login: \n")
        }
    }

    // Compute API ref, "Resize Server (resize Action)" and "Confirm Resized Server".
    @Test func resizeVerifyAndConfirm() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let version = [("OpenStack-API-Version", "compute 2.79")]
            let before = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token, headers: version)
            let oldFlavor = try #require(try before.json()["server"]?["flavor"]?["original_name"]?.string)
            let target = oldFlavor == "m3.large" ? "4" : "5"
            #expect(try await act(simulator, id, token: token, #"{"resize": {"flavorRef": "\#(target)"}}"#).status == 202)
            #expect(try await simulator.status(of: id, token: token) == "RESIZE")
            await simulator.advance(13)
            let verify = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token, headers: version).json()["server"]
            #expect(verify?["status"]?.string == "VERIFY_RESIZE")
            #expect(verify?["flavor"]?["original_name"]?.string != oldFlavor)
            #expect(try await act(simulator, id, token: token, #"{"confirmResize": null}"#).status == 204)
            await simulator.advance(3)
            #expect(try await simulator.status(of: id, token: token) == "ACTIVE")
            #expect(try await act(simulator, id, token: token, #"{"confirmResize": null}"#).status == 409)
            let same = try await act(simulator, id, token: token, #"{"resize": {"flavorRef": "\#(target)"}}"#)
            #expect(same.status == 400)
        }
    }

    // Nova's default `shelved_offload_time` is 0: SHELVED only while offloading, never at rest.
    @Test func shelveOffloadsAtOnceAndUnshelves() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            #expect(try await act(simulator, id, token: token, #"{"shelve": null}"#).status == 202)
            let shelving = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(shelving?["OS-EXT-STS:task_state"]?.string == "shelving")
            await simulator.advance(8)
            let offloading = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(offloading?["status"]?.string == "SHELVED")
            #expect(offloading?["OS-EXT-STS:task_state"]?.string == "shelving_offloading")
            await simulator.advance(3)
            let offloaded = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(offloaded?["status"]?.string == "SHELVED_OFFLOADED")
            #expect(offloaded?["hostId"]?.string == "")
            #expect(try await act(simulator, id, token: token, #"{"unshelve": null}"#).status == 202)
            await simulator.advance(30)
            #expect(try await simulator.status(of: id, token: token) == "ACTIVE")
        }
    }

    @Test(arguments: [("pause", "PAUSED", "unpause"), ("suspend", "SUSPENDED", "resume")])
    func pauseAndSuspendRoundTrip(action: String, status: String, undo: String) async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            #expect(try await act(simulator, id, token: token, #"{"\#(undo)": null}"#).status == 409)
            #expect(try await act(simulator, id, token: token, #"{"\#(action)": null}"#).status == 202)
            await simulator.advance(6)
            #expect(try await simulator.status(of: id, token: token) == status)
            #expect(try await act(simulator, id, token: token, #"{"\#(undo)": null}"#).status == 202)
            await simulator.advance(6)
            #expect(try await simulator.status(of: id, token: token) == "ACTIVE")
        }
    }

    // Compute API ref, "Create Image (createImage Action)": the snapshot appears in Glance.
    @Test func createImageAddsSnapshotToGlance() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let reply = try await act(simulator, id, token: token, #"{"createImage": {"name": "before-upgrade"}}"#, version: "2.45")
            #expect(reply.status == 202)
            let imageID = try #require(try reply.json()["image_id"]?.string)
            let queued = try await simulator.send(.GET, "/image/v2/images/\(imageID)", token: token).json()
            #expect(queued["status"]?.string == "queued")
            #expect(queued["size"] == .null)
            await simulator.advance(15)
            let image = try await simulator.send(.GET, "/image/v2/images/\(imageID)", token: token).json()
            #expect(image["status"]?.string == "active")
            #expect(image["image_type"]?.string == "snapshot")
            #expect(image["instance_uuid"]?.string == id)
            #expect(image["visibility"]?.string == "private")
        }
    }

    @Test func deletedServerShowsDeletingThenDisappears() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "SHUTOFF")
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/servers/\(id)", token: token).status == 204)
            let deleting = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()
            #expect(deleting["server"]?["OS-EXT-STS:task_state"]?.string == "deleting")
            await simulator.advance(4)
            #expect(try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).status == 404)
        }
    }

    @Test func createValidatesNetworksFlavorAndImage() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let version = [("OpenStack-API-Version", "compute 2.79")]
            let noNetworks = try await simulator.send(.POST, "/compute/v2.1/servers", token: token, headers: version,
                json: #"{"server": {"name": "x", "imageRef": "nope", "flavorRef": "2"}}"#)
            #expect(noNetworks.status == 400)
            let badFlavor = try await simulator.send(.POST, "/compute/v2.1/servers", token: token, headers: version,
                json: #"{"server": {"name": "x", "imageRef": "nope", "flavorRef": "999", "networks": "none"}}"#)
            #expect(try badFlavor.json()["badRequest"]?["message"]?.string == "Flavor 999 could not be found.")
            let badImage = try await simulator.send(.POST, "/compute/v2.1/servers", token: token, headers: version,
                json: #"{"server": {"name": "x", "imageRef": "nope", "flavorRef": "2", "networks": "none"}}"#)
            #expect(try badImage.json()["badRequest"]?["message"]?.string == "Can not find requested image")
        }
    }
}
