/// How long each server operation takes (simulated seconds) and which phases it passes through,
/// following the task states of nova/compute/task_states.py.
enum ServerLifecycle {
    typealias Plan = (immediate: ServerPhase, later: [(after: Double, state: ServerPhase)])

    /// A new server: scheduling (no host yet), networking, spawning with rising progress, ACTIVE.
    static func build(flavorID: String, bootTime: Double) -> Plan {
        func phase(_ task: String?, _ progress: Int) -> ServerPhase {
            ServerPhase(vmState: "building", taskState: task, powerState: ServerPhase.noState, progress: progress, flavorID: flavorID)
        }
        return (
            phase("scheduling", 0),
            [
                (0.15 * bootTime, phase("networking", 0)),
                (0.10 * bootTime, phase("spawning", 10)),
                (0.20 * bootTime, phase("spawning", 40)),
                (0.20 * bootTime, phase("spawning", 70)),
                (0.20 * bootTime, phase("spawning", 90)),
                (0.15 * bootTime, ServerPhase(vmState: "active", taskState: nil, powerState: ServerPhase.running, flavorID: flavorID)),
            ]
        )
    }

    /// The fraction of the build after which the guest starts booting (the console starts filling).
    static let guestStartFraction = 0.25

    /// The same phase with another task state.
    static func during(_ phase: ServerPhase, _ task: String) -> ServerPhase {
        var copy = phase
        copy.taskState = task
        return copy
    }

    static func settled(_ vmState: String, power: Int, flavorID: String) -> ServerPhase {
        ServerPhase(vmState: vmState, taskState: nil, powerState: power, flavorID: flavorID)
    }

    /// Steps through `tasks` (each lasting its seconds) from `phase`, ending in `final`.
    static func plan(from phase: ServerPhase, tasks: [(String, Double)], final: ServerPhase) -> Plan {
        guard let first = tasks.first else { return (final, []) }
        var later: [(after: Double, state: ServerPhase)] = []
        for index in tasks.indices.dropFirst() {
            later.append((tasks[index - 1].1, during(phase, tasks[index].0)))
        }
        later.append((tasks[tasks.count - 1].1, final))
        return (during(phase, first.0), later)
    }
}
