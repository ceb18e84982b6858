import Synchronization

/// The microversion a client sends, shared by every copy of that client so that a fallback after
/// a 406 is learnt once.
final class MicroversionState: Sendable {
    private let current: Mutex<NegotiatedMicroversion>

    init(_ negotiated: NegotiatedMicroversion) {
        current = Mutex(negotiated)
    }

    var value: NegotiatedMicroversion {
        current.withLock { $0 }
    }

    /// Replaces the version unless another task already replaced the one that failed.
    func replace(_ failed: NegotiatedMicroversion, with new: NegotiatedMicroversion) {
        current.withLock { value in
            if value == failed { value = new }
        }
    }

    /// The header fields for the current version: `OpenStack-API-Version: compute 2.90`, plus
    /// Nova's pre-2.27 `X-OpenStack-Nova-API-Version` so that old clouds honour it too.
    func headers() -> [String: String] {
        let negotiated = value
        guard negotiated.cloudHasMicroversions else { return [:] }
        let range = MicroversionNegotiation.range(for: negotiated.service)
        var headers = ["openstack-api-version": "\(range.headerName) \(negotiated.version)"]
        if negotiated.service == .compute {
            headers["x-openstack-nova-api-version"] = negotiated.version.description
        }
        return headers
    }
}
