import Crypto
import Foundation
import Synchronization

/// Per-session CSRF tokens for every state-changing form: `nonce.issued.mac`, where the MAC
/// (HMAC-SHA256 under the server key) binds the nonce and issue time to the session.
///
/// A token from another session or made up does not verify (forged); a token is accepted once and
/// remembered until it expires, so sending the same form twice is refused (replayed).
final class CSRFGuard: Sendable {
    /// How long a form stays valid, in seconds.
    static let lifetime: TimeInterval = 4 * 3600

    private let key: SymmetricKey
    private let sessionID: String
    private let used = Mutex<[String: Date]>([:])

    init(key: SymmetricKey, sessionID: String) {
        self.key = key
        self.sessionID = sessionID
    }

    /// A fresh token for one form.
    func issue(now: Date = Date()) -> String {
        let nonce = Base64URL.random(bytes: 16)
        let issued = String(Int(now.timeIntervalSince1970))
        return "\(nonce).\(issued).\(mac(nonce, issued))"
    }

    /// Whether `token` was issued to this session, has not expired, and was not used before; a
    /// valid token is used up by this call.
    func redeem(_ token: String?, now: Date = Date()) -> Bool {
        guard let token else { return false }
        let parts = token.split(separator: ".").map(String.init)
        guard parts.count == 3, let issued = TimeInterval(parts[1]) else { return false }
        let age = now.timeIntervalSince1970 - issued
        guard age >= -60, age < Self.lifetime else { return false }
        guard let expected = Base64URL.decode(mac(parts[0], parts[1])), let given = Base64URL.decode(parts[2]),
            expected.count == given.count
        else { return false }
        // Constant-time comparison: no timing hint about how much of a guess was right.
        guard zip(expected, given).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else { return false }
        return used.withLock { used in
            used = used.filter { now.timeIntervalSince($0.value) < Self.lifetime }
            guard used[parts[0]] == nil else { return false }
            used[parts[0]] = now
            return true
        }
    }

    private func mac(_ nonce: String, _ issued: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("csrf|\(sessionID)|\(nonce)|\(issued)".utf8), using: key)
        return Base64URL.encode(Data(code))
    }
}
