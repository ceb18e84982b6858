import ExosphereCore
import Foundation
import PluginHost
import Testing

struct PluginEventBridgeTests {
    let project = ProjectSummary(cloud: "c", id: "p1", name: "lab")

    func instance(_ status: String, task: String? = nil) -> Instance {
        Instance(
            id: "i-1", name: "web", status: status, taskState: task, project: project, flavorName: "m1.small",
            addresses: [
                InstanceAddress(network: "net", address: "10.0.0.5", version: 4, isFloating: false),
                InstanceAddress(network: "net", address: "203.0.113.9", version: 4, isFloating: true),
            ], created: Date(timeIntervalSince1970: 1_762_000_000))
    }

    @Test("the first listing of a project is silent; an instance appearing afterwards is launched")
    func launched() {
        #expect(PluginEventBridge.hostEvent(for: .appeared(instance("BUILD")), synced: []) == nil)
        let event = PluginEventBridge.hostEvent(for: .appeared(instance("BUILD")), synced: ["c/p1"])
        #expect(event?.name == "instance.launched")
        #expect(event?.payload == .record([
            "id": .text("i-1"), "name": .text("web"), "status": .text("BUILD"), "cloud": .text("c"), "project": .text("lab"),
            "project_id": .text("p1"), "created": .text("2025-11-01T12:26:40Z"),
        ]))
    }

    @Test("a status or task change is state_changed with the previous status; other changes are silent")
    func stateChanged() {
        let event = PluginEventBridge.hostEvent(for: .changed(instance("ACTIVE"), previous: instance("BUILD", task: "spawning")), synced: [])
        #expect(event?.name == "instance.state_changed")
        #expect(event?.payload == .record([
            "id": .text("i-1"), "name": .text("web"), "status": .text("ACTIVE"), "cloud": .text("c"),
            "project": .text("lab"), "project_id": .text("p1"), "created": .text("2025-11-01T12:26:40Z"), "previous_status": .text("BUILD"),
        ]))
        var renamed = instance("ACTIVE")
        renamed.name = "web-2"
        #expect(PluginEventBridge.hostEvent(for: .changed(renamed, previous: instance("ACTIVE")), synced: []) == nil)
    }

    @Test("deleted instances are instance.deleted; store bookkeeping is not an event")
    func deletedAndBookkeeping() {
        #expect(PluginEventBridge.hostEvent(for: .disappeared(instance("ACTIVE")), synced: [])?.name == "instance.deleted")
        #expect(PluginEventBridge.hostEvent(for: .projectSynced(project), synced: []) == nil)
        #expect(PluginEventBridge.hostEvent(for: .refreshFailed(project, message: "x"), synced: []) == nil)
    }

    @Test("views carry the documented instance fields, the floating address preferred")
    func views() {
        let views = PluginEventBridge.views(of: [instance("ACTIVE")], projects: [project])
        #expect(views.instances == [[
            "id": "i-1", "name": "web", "cloud": "c", "project": "lab", "project_id": "p1", "status": "ACTIVE", "size": "m1.small",
            "address": "203.0.113.9", "created": "2025-11-01T12:26:40Z",
        ]])
        #expect(views.projects == [["id": "p1", "name": "lab", "cloud": "c"]])
    }
}
