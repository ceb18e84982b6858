/// Names for what one test creates: `exo-contract-<random>-<role>`, so that leftovers of a failed
/// run are easy to recognise and two runs never collide.
struct ResourceNames: Sendable {
    /// `exo-contract-` followed by eight random hexadecimal digits.
    let prefix: String

    init() {
        let suffix = String(UInt32.random(in: .min ... .max), radix: 16)
        prefix = "exo-contract-" + String(repeating: "0", count: 8 - suffix.count) + suffix
    }

    /// Whether `name` is that of something a contract test made (this run's or another's).
    static func isContractResource(_ name: String?) -> Bool {
        name?.hasPrefix("exo-contract-") == true
    }

    /// The name for one resource, such as `exo-contract-1a2b3c4d-server`.
    func name(_ role: String) -> String { prefix + "-" + role }
}
