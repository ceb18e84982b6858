/// The simulated services, by path prefix. Each writes errors in its own format.
enum ServiceKind: String, Sendable, CaseIterable {
    case identity, compute, image, network, volume, control

    /// The service a request path belongs to; `nil` outside every prefix.
    static func of(path: String) -> ServiceKind? {
        let first = path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        switch first {
        case "identity": return .identity
        case "compute": return .compute
        case "image": return .image
        case "network": return .network
        case "volume": return .volume
        case "_simulator": return .control
        default: return nil
        }
    }
}
