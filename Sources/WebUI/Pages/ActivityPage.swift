import ExosphereCore
import Foundation
import Localization

/// Every OpenStack call the app made for this person, newest first: our answer to "the browser's
/// developer tools show every API call".
struct ActivityPage: Sendable {
    struct Row: Sendable {
        var time: String
        var service: String
        var method: String
        var url: String
        var status: String
        var role: String
        var milliseconds: String
        var requestID: String
    }

    /// The most calls shown at once.
    static let limit = 500

    var rows: [Row]
    var total: Int

    init(records: [CloudCall]) {
        total = records.count
        rows = records.suffix(Self.limit).reversed().map { record in
            let (seconds, attoseconds) = record.duration.components
            let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
            let status = record.status
            return Row(
                time: ISO8601DateFormatter.string(
                    from: record.startedAt, timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds]),
                service: record.service, method: record.method, url: URLRedaction.redact(record.url),
                status: status.map(String.init) ?? "—",
                role: status.map { $0 < 400 ? "success" : ($0 < 500 ? "attention" : "danger") } ?? "danger",
                milliseconds: String(format: "%.1f", milliseconds), requestID: record.requestID ?? "")
        }
    }

    var isEmpty: Bool { rows.isEmpty }
    var isTruncated: Bool { total > rows.count }
    var shown: Int { rows.count }
}

/// Takes secrets out of a URL before it is shown: user info, and query values whose names say
/// they hold a credential.
enum URLRedaction {
    static let sensitive = ["token", "password", "secret", "key", "signature", "credential"]

    static func redact(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "<unparseable URL>" }
        if components.user != nil || components.password != nil {
            components.user = nil
            components.password = nil
        }
        components.queryItems = components.queryItems?.map { item in
            let name = item.name.lowercased()
            return sensitive.contains { name.contains($0) } ? URLQueryItem(name: item.name, value: "<redacted>") : item
        }
        return components.string ?? "<unparseable URL>"
    }
}
