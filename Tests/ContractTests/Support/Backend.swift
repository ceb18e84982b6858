import Foundation
import Testing

/// Where a contract scenario runs.
///
/// The simulator always runs, in process, with a fast clock. A real OpenStack runs as well when
/// `EXOSPHERE_CONTRACT_CLOUD` names a cloud of the usual clouds.yaml search path
/// (`OS_CLIENT_CONFIG_FILE` respected); when the variable is unset the real back end is simply
/// not among the arguments, so nothing fails.
///
/// ```sh
/// swift test --filter ContractTests                                        # simulator only
/// EXOSPHERE_CONTRACT_CLOUD=sandbox-demo swift test --filter ContractTests  # and a real cloud
/// ```
///
/// Every scenario names what it creates `exo-contract-<random>-…` and deletes it when it ends,
/// passed or failed; the real cloud's project should need no tidying afterwards.
enum Backend: Sendable, Hashable, CustomTestStringConvertible {
    /// An in-process simulator on port 0.
    case simulator
    /// The cloud of that name in clouds.yaml.
    case real(cloudName: String)

    /// The variable that names the real cloud.
    static let cloudVariable = "EXOSPHERE_CONTRACT_CLOUD"

    /// The real cloud's name, when the variable is set and not empty.
    static var realCloudName: String? {
        guard let name = ProcessInfo.processInfo.environment[cloudVariable], !name.isEmpty else { return nil }
        return name
    }

    /// The back ends every contract scenario runs on.
    static var available: [Backend] {
        [.simulator] + (realCloudName.map { [.real(cloudName: $0)] } ?? [])
    }

    var testDescription: String {
        switch self {
        case .simulator: "simulator"
        case .real(let name): "real cloud \(name)"
        }
    }

    /// Whether this is a real OpenStack.
    var isReal: Bool {
        if case .real = self { return true }
        return false
    }

    /// The longest wait for one state change (a boot, a resize, a volume becoming available). The
    /// simulator's clock runs 1000 times faster, so its transitions take milliseconds.
    var stepTimeout: Duration { isReal ? .seconds(120) : .seconds(10) }

    /// The pause between two polls.
    var pollInterval: Duration { isReal ? .milliseconds(750) : .milliseconds(5) }
}
