import Crypto
import Foundation
import Hummingbird

/// Seals a session id into a cookie value with AES-GCM, so the cookie is both secret and
/// tamper-evident: a changed or forged cookie does not open and starts a fresh session.
struct SessionCookie: Sendable {
    /// The cookie's name.
    static let name = "exo_session"
    /// How long a session lives without use, in seconds.
    static let lifetime: TimeInterval = 12 * 3600

    let key: SymmetricKey

    /// The cookie carrying `value`: never readable by scripts, never sent cross-site, and over
    /// HTTPS only when `secure` (the server is reached that way).
    static func cookie(_ value: String, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// A cookie that makes the browser forget its session cookie.
    static func expired(secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// What a cookie names: the session, and the key its stored state is sealed with, which
    /// exists only here and in the server's memory (see ``SessionSnapshot``).
    struct Contents: Sendable, Equatable {
        var id: String
        var dataKey: Data
    }

    /// The cookie value for `contents`, issued `now`: base64url of nonce ‖ ciphertext ‖ tag.
    func seal(_ contents: Contents, now: Date = Date()) -> String? {
        let payload = "\(Int(now.timeIntervalSince1970)).\(contents.id).\(Base64URL.encode(contents.dataKey))"
        guard let box = try? AES.GCM.seal(Data(payload.utf8), using: key), let combined = box.combined else { return nil }
        return Base64URL.encode(combined)
    }

    /// What `value` names, or `nil` when it does not open with our key, has expired, or is of an
    /// older shape.
    func open(_ value: String, now: Date = Date()) -> Contents? {
        guard value.utf8.count <= 512, let data = Base64URL.decode(value), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key), let text = String(data: plain, encoding: .utf8)
        else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let issued = TimeInterval(parts[0]), now.timeIntervalSince1970 - issued < Self.lifetime,
            !parts[1].isEmpty, let dataKey = Base64URL.decode(String(parts[2])), dataKey.count == 32
        else {
            return nil
        }
        return Contents(id: String(parts[1]), dataKey: dataKey)
    }
}

/// Base64 with the URL and cookie-safe alphabet and no padding (RFC 4648 §5).
enum Base64URL {
    static func encode(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }

    /// `count` random bytes, encoded.
    static func random(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return encode(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }
}
