#if canImport(CCrypt)
    import CCrypt
#endif
import Secrets

/// A salted SHA-512-crypt hash (`$6$…`) of a passphrase, made by libxcrypt, in the form
/// `/etc/shadow` and cloud-init's `hashed_passwd` take. Every Linux image cloud-init runs on can
/// check it; the salt comes from libxcrypt's own cryptographic random source.
enum PasswordHash {
    /// Hashes `passphrase` with a fresh random salt.
    ///
    /// - Throws: ``CoreError/passwordHashFailed`` when libxcrypt refuses (it never should), or
    ///   on a system without libxcrypt (only Linux has `crypt_r` and `crypt_gensalt_rn`; there is
    ///   deliberately no hand-made substitute).
    static func sha512Crypt(_ passphrase: Secret) throws(CoreError) -> String {
        #if canImport(CCrypt)
            var settingBuffer = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
            // A nil random-bytes pointer lets libxcrypt draw the salt from the OS (getentropy);
            // count 0 picks the method's default cost (5,000 rounds for $6$).
            guard crypt_gensalt_rn("$6$", 0, nil, 0, &settingBuffer, Int32(settingBuffer.count)) != nil else {
                throw .passwordHashFailed
            }
            // libxcrypt marks a failure with a string starting with "*" rather than NULL.
            guard let hashed = crypt(passphrase, setting: settingBuffer), hashed.hasPrefix("$6$") else {
                throw .passwordHashFailed
            }
            return hashed
        #else
            throw .passwordHashFailed
        #endif
    }

    /// Whether `hash` is the hash of `passphrase` (used by tests and diagnostics).
    static func verify(_ passphrase: Secret, against hash: String) -> Bool {
        #if canImport(CCrypt)
            return crypt(passphrase, setting: Array(hash.utf8CString)) == hash
        #else
            return false
        #endif
    }

    #if canImport(CCrypt)
        /// `crypt_r` with its 32 KiB work area on the heap.
        private static func crypt(_ passphrase: Secret, setting: [CChar]) -> String? {
            let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
            data.initialize(to: crypt_data())
            defer {
                data.deinitialize(count: 1)
                data.deallocate()
            }
            return passphrase.revealed.withCString { phrase in
                crypt_r(phrase, setting, data).map { String(cString: $0) }
            }
        }
    #endif
}
