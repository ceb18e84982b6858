
/// How far an instance's first-boot setup has got, read from its console markers.
public enum SetupStatus: Sendable, Hashable {
    /// Exosphere did not set this instance up (no setup steps recorded in its metadata).
    case notApplicable
    /// The instance is not ACTIVE yet, so setup has not begun.
    case waitingForInstance
    /// Setup runs; `step` is the one under way (`nil` before the first marker).
    case running(step: String?)
    /// Every step finished.
    case ready
    /// A step failed.
    case failed(step: String)
    /// Setup did not finish within the time allowed after the instance became ACTIVE.
    case timedOut(step: String?)
    /// The instance is in ERROR or gone, so setup cannot finish.
    case instanceFailed

    /// A short machine-readable name: `none`, `waiting`, `running`, `ready`, `failed`,
    /// `timed-out` or `instance-failed`.
    public var state: String {
        switch self {
        case .notApplicable: "none"
        case .waitingForInstance: "waiting"
        case .running: "running"
        case .ready: "ready"
        case .failed: "failed"
        case .timedOut: "timed-out"
        case .instanceFailed: "instance-failed"
        }
    }

    /// The step concerned, if any.
    public var step: String? {
        switch self {
        case .running(let step), .timedOut(let step): step
        case .failed(let step): step
        default: nil
        }
    }

    /// Whether the status will not change any more.
    public var isFinal: Bool {
        switch self {
        case .ready, .failed, .timedOut, .instanceFailed, .notApplicable: true
        case .waitingForInstance, .running: false
        }
    }
}

extension SetupStatus: Codable {
    private enum CodingKeys: String, CodingKey { case state, step }

    /// Encodes `{"state": "running", "step": "jupyter"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(state, forKey: .state)
        try container.encodeIfPresent(step, forKey: .step)
    }

    /// Decodes the form ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let step = try container.decodeIfPresent(String.self, forKey: .step)
        switch try container.decode(String.self, forKey: .state) {
        case "none": self = .notApplicable
        case "waiting": self = .waitingForInstance
        case "running": self = .running(step: step)
        case "ready": self = .ready
        case "failed": self = .failed(step: step ?? "")
        case "timed-out": self = .timedOut(step: step)
        case "instance-failed": self = .instanceFailed
        default:
            throw DecodingError.dataCorruptedError(forKey: .state, in: container, debugDescription: "unknown setup state")
        }
    }
}
