public import Foundation

/// What an instance's console says about its setup and resource use.
public struct SetupProgress: Sendable, Hashable {
    /// The markers in the order they appeared.
    public var markers: [SetupMarker]
    /// The resource-usage samples in the order they appeared.
    public var usage: [ResourceUsageSample]

    /// Reads every marker and usage line of `consoleOutput`.
    public init(consoleOutput: String) {
        markers = []
        usage = []
        for line in consoleOutput.split(whereSeparator: \.isNewline) {
            if let marker = SetupMarker(line: line) {
                markers.append(marker)
            } else if let sample = ResourceUsageSample(line: line) {
                usage.append(sample)
            }
        }
    }

    /// The setup status, given the instance's Nova status, when it became ACTIVE, the time now
    /// and how long setup may take.
    ///
    /// - Parameters:
    ///   - serverStatus: Nova's status (`ACTIVE`, `BUILD`, `ERROR`…).
    ///   - activeSince: When the instance became ACTIVE (Nova's `OS-SRV-USG:launched_at`).
    ///   - now: The current time, in the same clock as `activeSince`.
    ///   - timeout: How long after ACTIVE setup may run.
    public func status(serverStatus: String, activeSince: Date?, now: Date, timeout: Duration) -> SetupStatus {
        var current: String?
        for marker in markers {
            switch marker {
            case .complete: return .ready
            case .failed(let step): return .failed(step: step)
            case .started(let step): current = step
            case .done: current = nil
            }
        }
        switch serverStatus {
        case "ERROR", "DELETED", "SOFT_DELETED": return .instanceFailed
        case "BUILD": return .waitingForInstance
        default: break
        }
        if let activeSince, now.timeIntervalSince(activeSince) > Double(timeout.components.seconds) {
            return .timedOut(step: current ?? lastStarted)
        }
        return .running(step: current)
    }

    private var lastStarted: String? {
        markers.reversed().lazy.compactMap { marker -> String? in
            if case .started(let step) = marker { return step }
            return nil
        }.first
    }
}
