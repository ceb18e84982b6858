import Foundation
/// The operator's own words about this service, as plain paragraphs (never markup).
struct AboutPage: Sendable {
    var paragraphs: [String]
    var version: String

    init(text: String, version: String) {
        paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        self.version = version
    }

    var hasText: Bool { !paragraphs.isEmpty }
}
