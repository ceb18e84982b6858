import CCrypt
import Secrets

/// A salted SHA-512-crypt hash (`$6$…`) of a passphrase, made by libxcrypt, in the form
/// `/etc/shadow` and cloud-init's `hashed_passwd` take. Every Linux image cloud-init runs on can
/// check it; the salt comes from libxcrypt's own cryptographic random source.
enum PasswordHash {
    /// Hashes `passphrase` with a fresh random salt.
    ///
    /// - Throws: ``LaunchError/passwordHashFailed`` when libxcrypt refuses (it never should).
    static func sha512Crypt(_ passphrase: Secret) throws(LaunchError) -> String {
        var settingBuffer = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        // A nil random-bytes pointer lets libxcrypt draw the salt from the OS (getentropy); count 0
        // picks the method's default cost (5,000 rounds for $6$).
        guard crypt_gensalt_rn("$6$", 0, nil, 0, &settingBuffer, Int32(settingBuffer.count)) != nil else {
            throw .passwordHashFailed
        }
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer {
            data.deinitialize(count: 1)
            data.deallocate()
        }
        data.initialize(to: crypt_data())
        let hashed: String? = passphrase.revealed.withCString { phrase in
            guard let result = crypt_r(phrase, settingBuffer, data) else { return nil }
            return String(cString: result)
        }
        // libxcrypt marks a failure with a string starting with "*" rather than NULL.
        guard let hashed, hashed.hasPrefix("$6$") else { throw .passwordHashFailed }
        return hashed
    }

    /// Whether `hash` is the hash of `passphrase` (used by tests and diagnostics).
    static func verify(_ passphrase: Secret, against hash: String) -> Bool {
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer {
            data.deinitialize(count: 1)
            data.deallocate()
        }
        data.initialize(to: crypt_data())
        let result: String? = passphrase.revealed.withCString { phrase in
            crypt_r(phrase, hash, data).map { String(cString: $0) }
        }
        return result == hash
    }
}
