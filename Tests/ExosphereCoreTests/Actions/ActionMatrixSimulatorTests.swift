import Foundation
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Each action from each state against the simulator, which answers as Nova does: whatever the
/// matrix allows the cloud accepts, and whatever it refuses for the state or the lock, the cloud
/// refuses with 409 too.
@Suite("Allowed-action matrix against the simulator")
struct ActionMatrixSimulatorTests {
    /// The states to start from: Nova statuses, plus LOCKED for a locked ACTIVE instance.
    static let states = ["ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED", "SHELVED_OFFLOADED", "ERROR", "VERIFY_RESIZE", "LOCKED"]

    @Test("every action from this state: allowed ones succeed, refused ones are refused by the cloud too", arguments: states)
    func everyAction(from state: String) async throws {
        try await ActionTestbed.with(servers: 200) { testbed in
            var pool = try await Self.prepare(state, testbed: testbed)
            let services = try await testbed.services()
            let flavors = try await services.compute.listFlavors()
            let image = try #require(try await services.image.listImages().first { $0.status == .active && $0.visibility == .public })
            let matrix = ActionMatrix()
            for action in InstanceAction.allCases {
                let instance = try #require(pool.last, "ran out of \(state) instances")
                let refusal = matrix.refusal(for: action, in: InstanceState(instance))
                let flavor = flavors.first { $0.name != instance.flavorName }?.name
                let options = ActionOptions(flavor: flavor, image: image.id)
                guard let refusal else {
                    _ = try await testbed.session.instances.perform(action, on: instance, options: options)
                    pool.removeLast()
                    continue
                }
                await #expect(throws: CoreError.action(.refused(action, instance: instance.name, refusal))) {
                    try await testbed.session.instances.perform(action, on: instance, options: options)
                }
                guard refusal != .alreadyLocked, refusal != .notLocked else { continue }
                let request = try await testbed.session.instances.serverAction(
                    for: action == .delete ? .start : action, instance: instance, options: options, services: services)
                await #expect("\(action) in \(state) should be refused by the cloud") {
                    if action == .delete {
                        try await services.compute.deleteServer(id: instance.id)
                    } else {
                        try await services.compute.performServerAction(request, id: instance.id)
                    }
                } throws: { ($0 as? OpenStackError)?.status == 409 }
            }
        }
    }

    /// Instances in `state`, made so when the seed has none (resized, locked).
    static func prepare(_ state: String, testbed: ActionTestbed) async throws -> [Instance] {
        switch state {
        case "VERIFY_RESIZE", "LOCKED":
            let services = try await testbed.services()
            let flavors = try await services.compute.listFlavors()
            let active = try await testbed.instances(in: "ACTIVE").prefix(5)
            for instance in active {
                if state == "LOCKED" {
                    _ = try await testbed.session.instances.perform(.lock, on: instance)
                } else {
                    let flavor = try #require(flavors.first { $0.name != instance.flavorName })
                    _ = try await testbed.session.instances.perform(
                        .resize, on: instance, options: ActionOptions(flavor: flavor.name), wait: ActionTestbed.fastWait)
                }
            }
            let ids = Set(active.map(\.id))
            return try await testbed.instances().filter { ids.contains($0.id) }
        default:
            return try await testbed.instances(in: state)
        }
    }
}
