import ExosphereCore
import OpenStackAPI
import Testing

/// Exosphere's allowed-action matrix against the cloud: every action the matrix refuses for the
/// state or the lock, the cloud refuses too, with Nova's 409 and its wording.
@Suite("Allowed-action matrix", .tags(.contract))
struct ActionMatrixContractTests {
    @Test("refused in ACTIVE, SHUTOFF and locked: the cloud answers 409 as the matrix says", arguments: Backend.available)
    func refusals(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let compute = cloud.compute
            let choice = try await cloud.bootChoice()
            let id = try await cloud.bootServer("matrix", choice, cleanup: cleanup).id
            let matrix = ActionMatrix()
            try await Self.checkRefusals(matrix, cloud: cloud, id: id, choice: choice)
            try await compute.performServerAction(.stop, id: id)
            try await cloud.waitForServer(id, [.shutoff])
            try await Self.checkRefusals(matrix, cloud: cloud, id: id, choice: choice)
            try await compute.performServerAction(.lock(reason: nil), id: id)
            try await Self.checkRefusals(matrix, cloud: cloud, id: id, choice: choice)
            try await compute.performServerAction(.unlock, id: id)
        }
    }

    /// Sends every action the matrix refuses in the server's current state and expects 409.
    static func checkRefusals(_ matrix: ActionMatrix, cloud: ContractCloud, id: String, choice: BootChoice) async throws {
        let server = try await cloud.compute.showServer(id: id)
        let state = InstanceState(
            status: server.status?.rawValue ?? "UNKNOWN", vmState: server.vmState, taskState: server.taskState, locked: server.locked ?? false)
        for action in InstanceAction.allCases {
            guard let refusal = matrix.refusal(for: action, in: state) else { continue }
            guard let request = request(for: action, choice: choice) else { continue }
            let expected: String
            switch refusal {
            case .locked: expected = "locked"
            case .notAllowedInState: expected = "vm_state"
            default: continue
            }
            let failure = await cloud.expectCloudError(409, "\(action.rawValue) in \(state.status), locked \(state.locked)") {
                if action == .delete {
                    try await cloud.compute.deleteServer(id: id)
                } else {
                    try await cloud.compute.performServerAction(request, id: id)
                }
            }
            #expect(failure?.cloudMessage?.contains(expected) == true, "\(action.rawValue): \(failure?.cloudMessage ?? "")")
        }
    }

    /// The wire action for `action`; `nil` for actions without a safe refused form to send.
    static func request(for action: InstanceAction, choice: BootChoice) -> ServerAction? {
        switch action {
        case .start: .start
        case .stop: .stop
        case .softReboot: .reboot(.soft)
        case .hardReboot: .reboot(.hard)
        case .suspend: .suspend
        case .resume: .resume
        case .pause: .pause
        case .unpause: .unpause
        case .shelve: .shelve
        case .unshelve: .unshelve(availabilityZone: nil)
        case .resize: .resize(flavorRef: choice.largerFlavor.id)
        case .confirmResize: .confirmResize
        case .revertResize: .revertResize
        case .rebuild: .rebuild(ServerRebuildRequest(imageRef: choice.image.id))
        case .createImage: .createImage(name: "refused", metadata: [:])
        // Lock and unlock are never refused by Nova for state; delete is sent as DELETE.
        case .lock, .unlock: nil
        case .delete: .stop
        }
    }
}
