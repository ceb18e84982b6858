import Synchronization

/// The fault rules in force, consumed atomically as requests match them.
final class FaultBook: Sendable {
    private let rules: Mutex<[FaultRule]>

    init(_ rules: [FaultRule]) { self.rules = Mutex(rules) }

    var current: [FaultRule] { rules.withLock { $0 } }

    func replace(with newRules: [FaultRule]) { rules.withLock { $0 = newRules } }

    func add(_ newRules: [FaultRule]) { rules.withLock { $0.append(contentsOf: newRules) } }

    /// The effects that apply to this request, in rule order; counted rules are used up.
    func consume(method: String, path: String) -> [FaultRule.Effect] {
        rules.withLock { rules in
            var effects: [FaultRule.Effect] = []
            for index in rules.indices where rules[index].matches(method: method, path: path) {
                effects.append(rules[index].effect)
                if let count = rules[index].count { rules[index].count = count - 1 }
            }
            rules.removeAll { ($0.count ?? 1) <= 0 }
            return effects
        }
    }
}
