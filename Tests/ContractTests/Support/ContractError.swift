/// Why a contract scenario could not go on.
enum ContractError: Error, CustomStringConvertible {
    case missingFixture(String)
    case timeout(String, waited: Duration, last: String)
    case unexpected(String)

    var description: String {
        switch self {
        case .missingFixture(let name): "fixture \(name) is missing"
        case .timeout(let what, let waited, let last): "waited \(waited) for \(what); last seen: \(last)"
        case .unexpected(let text): text
        }
    }
}
