import Foundation

extension [UInt8] {
    /// URL-safe Base64 without padding (RFC 4648 §5), as Keystone's Fernet tokens and generated
    /// application credential secrets look.
    var base64URLEncoded: String {
        Data(self).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
