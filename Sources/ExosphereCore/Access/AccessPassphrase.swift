public import Secrets

/// The passphrase of the instance user `exouser`: made on this machine for each launch, shown to
/// the user once, kept only in their encrypted local vault (``PassphraseVault``), and sent to the
/// cloud only as a salted hash (``PasswordHash``).
public enum AccessPassphrase {
    /// The instance user Exosphere creates.
    public static let userName = "exouser"

    /// Lower-case letters and digits that cannot be mistaken for one another (no i, l, o, 0, 1):
    /// 31 symbols, almost five bits each.
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789".utf8)

    /// A new passphrase: six groups of five symbols joined by `-` (about 148 bits of entropy), drawn
    /// from the system's cryptographic random source.
    public static func generate() -> Secret {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    static func generate<Generator: RandomNumberGenerator>(using generator: inout Generator) -> Secret {
        var groups: [String] = []
        for _ in 0..<6 {
            var group: [UInt8] = []
            for _ in 0..<5 {
                group.append(alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))])
            }
            groups.append(String(decoding: group, as: UTF8.self))
        }
        return Secret(groups.joined(separator: "-"))
    }
}
