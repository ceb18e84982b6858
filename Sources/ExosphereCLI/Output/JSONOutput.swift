import Foundation

/// The JSON the commands print: pretty, key-sorted, ISO 8601 dates, slashes unescaped.
enum JSONOutput {
    /// An encoder with the output settings of every `--json`.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
