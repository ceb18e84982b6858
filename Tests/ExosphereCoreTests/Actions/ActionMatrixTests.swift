import Localization
import Testing

@testable import ExosphereCore

/// The allowed-action matrix on its own: Nova's documented requirements per command.
struct ActionMatrixTests {
    /// (status, actions Nova's reference "Virtual Machine States and Transitions" allows there).
    static let allowedByStatus: [(String, Set<InstanceAction>)] = [
        ("ACTIVE", [.stop, .softReboot, .hardReboot, .suspend, .pause, .shelve, .resize, .rebuild, .createImage, .lock, .delete]),
        ("SHUTOFF", [.start, .hardReboot, .shelve, .resize, .rebuild, .createImage, .lock, .delete]),
        ("PAUSED", [.unpause, .hardReboot, .shelve, .createImage, .lock, .delete]),
        ("SUSPENDED", [.resume, .hardReboot, .shelve, .createImage, .lock, .delete]),
        ("SHELVED_OFFLOADED", [.unshelve, .lock, .delete]),
        ("SHELVED", [.unshelve, .lock, .delete]),
        ("VERIFY_RESIZE", [.confirmResize, .revertResize, .lock, .delete]),
        ("ERROR", [.stop, .hardReboot, .rebuild, .lock, .delete]),
        ("BUILD", [.lock, .delete]),
    ]

    @Test("each status allows exactly Nova's actions", arguments: allowedByStatus)
    func allowed(status: String, expected: Set<InstanceAction>) {
        let matrix = ActionMatrix()
        #expect(Set(matrix.allowedActions(in: InstanceState(status: status))) == expected)
    }

    @Test("every refused action in a status says the status in plain words", arguments: allowedByStatus)
    func refusedSaysState(status: String, allowed: Set<InstanceAction>) {
        let matrix = ActionMatrix()
        for action in InstanceAction.allCases where !allowed.contains(action) && action != .unlock {
            #expect(matrix.refusal(for: action, in: InstanceState(status: status)) == .notAllowedInState(status))
        }
    }

    @Test("a locked instance allows only unlock, snapshots and nothing that changes it")
    func locked() {
        let state = InstanceState(status: "ACTIVE", locked: true)
        let matrix = ActionMatrix()
        #expect(Set(matrix.allowedActions(in: state)) == [.unlock, .createImage])
        #expect(matrix.refusal(for: .stop, in: state) == .locked)
        #expect(matrix.refusal(for: .delete, in: state) == .locked)
        #expect(matrix.refusal(for: .lock, in: state) == .alreadyLocked)
        #expect(ActionRefusal.locked.reason == "the instance is locked")
    }

    @Test("a running task blocks everything but hard reboot of a reboot, delete and lock")
    func busy() {
        let matrix = ActionMatrix()
        let rebooting = InstanceState(status: "REBOOT", taskState: "reboot_started")
        #expect(Set(matrix.allowedActions(in: rebooting)) == [.hardReboot, .delete, .lock])
        #expect(matrix.refusal(for: .stop, in: rebooting) == .busy(task: "reboot_started"))
        let resizing = InstanceState(status: "RESIZE", taskState: "resize_migrating")
        #expect(matrix.refusal(for: .hardReboot, in: resizing) == .busy(task: "resize_migrating"))
    }

    @Test("operator-disallowed actions are refused in every state, before other reasons")
    func disallowed() {
        let matrix = ActionMatrix(disallowed: [.resize, .delete])
        #expect(matrix.refusal(for: .resize, in: InstanceState(status: "ACTIVE")) == .disallowedByOperator)
        #expect(matrix.refusal(for: .delete, in: InstanceState(status: "ACTIVE", locked: true)) == .disallowedByOperator)
        #expect(matrix.allows(.stop, in: InstanceState(status: "ACTIVE")))
    }

    @Test("a refusal becomes a message naming the instance, the action and the reason")
    func message() {
        let error = CoreError.action(.refused(.start, instance: "web", .notAllowedInState("SHELVED_OFFLOADED")))
        #expect(error.message.sourceText == "Cannot start instance web: not allowed in state SHELVED_OFFLOADED.")
        #expect(error.recovery != nil)
    }

    @Test("evaluate lists every action once, with the same answer as refusal(for:in:)")
    func evaluate() {
        let matrix = ActionMatrix(disallowed: [.pause])
        let state = InstanceState(status: "ACTIVE")
        let evaluated = matrix.evaluate(in: state)
        #expect(evaluated.map(\.action) == InstanceAction.allCases)
        #expect(evaluated.allSatisfy { $0.refusal == matrix.refusal(for: $0.action, in: state) })
        #expect(evaluated.first { $0.action == .pause }?.refusal == .disallowedByOperator)
    }

    @Test("the vm_state Nova reports wins over the one derived from the status")
    func vmStateWins() {
        let state = InstanceState(status: "RESIZE", vmState: "stopped", taskState: nil)
        #expect(ActionMatrix().allows(.start, in: state))
        #expect(InstanceState(status: "hard_reboot").vmState == "active")
    }
}

/// Operator settings and image names, turned into domain values.
struct OperatorNamesTests {
    @Test("disallowed action names from the settings file map onto actions", arguments: [
        (["reboot"], [.softReboot, .hardReboot]),
        (["create_image", "shelve"], [.createImage, .shelve]),
        (["resize", "no-such-action"], [.resize, .confirmResize, .revertResize]),
        ([], []),
    ] as [([String], Set<InstanceAction>)])
    func disallowedNames(names: [String], expected: Set<InstanceAction>) {
        #expect(ActionMatrix(disallowedNames: names).disallowed == expected)
    }

    @Test("an image's operating system from its properties, else from its name", arguments: [
        (["os_distro": "ubuntu", "os_version": "22.04"], "whatever", "Ubuntu 22.04"),
        (["os_distro": "rocky"], "x", "Rocky Linux"),
        ([:], "Featured-Ubuntu22.04", "Ubuntu 22.04"),
        ([:], "rocky9-gpu", "Rocky Linux 9"),
        ([:], "AlmaLinux 8.9 (2024)", "AlmaLinux 8.9"),
        ([:], "my-archive-image", nil),
    ] as [([String: String], String, String?)])
    func operatingSystem(properties: [String: String], name: String, expected: String?) {
        #expect(OperatingSystemName.describe(properties: properties, imageName: name) == expected)
    }
}
