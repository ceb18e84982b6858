/// The timestamp spellings each service uses, as regular-expression-free checks.
enum Formats {
    /// `2026-11-25T17:33:11.000000Z` (Keystone).
    static func isKeystone(_ text: String) -> Bool { matches(text, "dddd-dd-ddTdd:dd:dd.000000Z") }

    /// `2026-11-25T16:33:11Z` (Nova `created`, Glance, Neutron).
    static func isSeconds(_ text: String) -> Bool { matches(text, "dddd-dd-ddTdd:dd:ddZ") }

    /// `2026-11-25T16:33:11.123456` (Nova `launched_at`, Cinder).
    static func isMicroseconds(_ text: String) -> Bool { matches(text, "dddd-dd-ddTdd:dd:dd.dddddd") }

    /// `d` stands for any digit; every other character must match itself.
    private static func matches(_ text: String, _ pattern: String) -> Bool {
        guard text.count == pattern.count else { return false }
        return zip(text, pattern).allSatisfy { character, expected in
            expected == "d" ? character.isASCII && character.isNumber : character == expected
        }
    }
}
