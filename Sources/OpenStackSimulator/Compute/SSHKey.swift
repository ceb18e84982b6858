import Crypto
import Foundation

/// SSH public keys: Nova's MD5 fingerprints and the keys the seed and key generation make.
enum SSHKey {
    /// Nova's fingerprint: MD5 of the decoded key blob as colon-separated hex; `nil` when the text
    /// is not `<type> <base64> [comment]`.
    static func fingerprint(_ publicKey: String) -> String? {
        let fields = publicKey.split(separator: " ")
        guard fields.count >= 2, fields[0].hasPrefix("ssh-") || fields[0].hasPrefix("ecdsa-"),
            let blob = Data(base64Encoded: padded(fields[1])), blob.count > 16
        else { return nil }
        return Insecure.MD5.hash(data: blob).map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined(separator: ":")
    }

    /// A well-formed `ssh-ed25519` public key with random key material.
    static func ed25519PublicKey(comment: String, using random: inout SeededGenerator) -> String {
        var blob: [UInt8] = []
        for field in [Array("ssh-ed25519".utf8), random.bytes(32)] {
            let count = UInt32(field.count)
            blob += [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
            blob += field
        }
        return "ssh-ed25519 " + Data(blob).base64EncodedString() + " " + comment
    }

    /// Key text may leave out Base64's trailing `=`; Foundation requires it.
    private static func padded(_ text: Substring) -> String {
        String(text) + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
    }

    /// The private half Nova returned when it generated a keypair (before 2.92). The simulator's
    /// guests accept no SSH connections, so the text only has the right form.
    static func placeholderPrivateKey(using random: inout SeededGenerator) -> String {
        let body = Data(random.bytes(300)).base64EncodedString()
        var lines = ["-----BEGIN OPENSSH PRIVATE KEY-----"]
        var rest = Substring(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(70)))
            rest = rest.dropFirst(70)
        }
        lines.append("-----END OPENSSH PRIVATE KEY-----")
        return lines.joined(separator: "\n") + "\n"
    }
}
