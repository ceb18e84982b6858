/// Readable instance names: checks a given one, or makes one such as `brave-otter-42`.
enum InstanceName {
    static let adjectives = [
        "amber", "brave", "calm", "clever", "eager", "gentle", "jolly", "keen", "lucky", "mellow", "nimble", "proud",
        "quiet", "rapid", "sunny", "swift", "tidy", "witty",
    ]
    static let nouns = [
        "badger", "comet", "falcon", "fern", "heron", "lynx", "maple", "meadow", "nebula", "otter", "pebble",
        "quasar", "river", "robin", "spruce", "walrus",
    ]

    /// A new readable name.
    static func generate<Generator: RandomNumberGenerator>(using generator: inout Generator) -> String {
        let adjective = adjectives.randomElement(using: &generator) ?? "brave"
        let noun = nouns.randomElement(using: &generator) ?? "otter"
        return "\(adjective)-\(noun)-\(Int.random(in: 10...99, using: &generator))"
    }

    /// The names for `count` instances called `base`.
    ///
    /// - Throws: ``CoreError/invalidName(_:)`` unless `base` is 1–63 letters, digits, `-`, `_`
    ///   or `.`, starting with a letter or digit (so it makes a valid host name).
    static func names(base: String, count: Int) throws(CoreError) -> [String] {
        let allowed = base.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        guard (1...63).contains(base.count), allowed, base.first?.isLetter == true || base.first?.isNumber == true else {
            throw .invalidName(base)
        }
        guard (1...50).contains(count) else { throw .invalidCount(count) }
        return count == 1 ? [base] : (1...count).map { "\(base)-\($0)" }
    }
}
