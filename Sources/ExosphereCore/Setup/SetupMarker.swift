import Foundation

/// The console protocol between Exosphere's user data and ``SetupStatus``.
///
/// Each step prints `exosphere-setup: <step> start`, then `exosphere-setup: <step> done` or
/// `exosphere-setup: <step> failed`; when every step is done the guest prints
/// `exosphere-setup: complete`. The usage reporter prints
/// `exosphere-usage: t=<unix seconds> cpu=<percent> mem=<percent> disk=<percent>` once a minute.
/// Markers may sit anywhere in a console line (the kernel or cloud-init may prefix it).
public enum SetupMarker: Sendable, Hashable {
    /// A step started.
    case started(String)
    /// A step finished.
    case done(String)
    /// A step failed.
    case failed(String)
    /// Every step finished.
    case complete

    /// The prefix of setup markers.
    public static let prefix = "exosphere-setup: "
    /// The prefix of resource-usage lines.
    public static let usagePrefix = "exosphere-usage: "

    /// The console line that announces this marker.
    public var line: String {
        switch self {
        case .started(let step): Self.prefix + step + " start"
        case .done(let step): Self.prefix + step + " done"
        case .failed(let step): Self.prefix + step + " failed"
        case .complete: Self.prefix + "complete"
        }
    }

    /// The marker in a console line, if it holds one.
    public init?(line: Substring) {
        guard let range = line.range(of: Self.prefix) else { return nil }
        let words = line[range.upperBound...].split(separator: " ", omittingEmptySubsequences: true)
        if words.first == "complete" {
            self = .complete
            return
        }
        guard words.count >= 2 else { return nil }
        let step = String(words[0])
        switch words[1] {
        case "start": self = .started(step)
        case "done": self = .done(step)
        case "failed": self = .failed(step)
        default: return nil
        }
    }
}
