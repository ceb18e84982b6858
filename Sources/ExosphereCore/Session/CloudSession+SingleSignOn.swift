public import CloudConfig
public import Foundation
import OpenStackAPI
public import Secrets

/// What a single sign-on hands back, as it arrives in a form post from Keystone's site.
public enum SingleSignOnToken {
    /// The longest token accepted, in bytes (Fernet tokens are about 200; JWS ones under 1,000).
    public static let maximumBytes = 8_192

    /// `text` when it is a plausible token: 1 to ``maximumBytes`` printable ASCII characters,
    /// no spaces; `nil` otherwise.
    public static func checked(_ text: String?) -> String? {
        guard let text, (1...maximumBytes).contains(text.utf8.count), text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        return text
    }
}

/// Who a single sign-on signed in, and until when.
public struct SingleSignOnSignIn: Sendable, Equatable {
    /// The Keystone user's name.
    public var user: String
    /// When the sign-in stops working and `exosphere login` is needed again.
    public var expiresAt: Date
}

extension CloudSession {
    /// Where to send a browser to sign in to this cloud by single sign-on, Keystone posting the
    /// token back to `origin`; `nil` when the cloud does not sign in that way.
    public nonisolated func webSingleSignOnURL(origin: URL) -> URL? {
        guard case .webSingleSignOn(let settings) = profile.auth else { return nil }
        return IdentityClient.webSingleSignOnURL(
            authURL: profile.authURL, protocol: settings.protocol, identityProvider: settings.identityProvider, origin: origin)
    }

    /// Keeps `token`, the unscoped token a single sign-on gave (Keystone's WebSSO post), as this
    /// cloud's sign-in in the token cache, where later commands find it. Keystone checks it first
    /// (an unscoped token is made from it); a new sign-in replaces what was kept.
    ///
    /// - Throws: ``CoreError/notSingleSignOn(cloud:authType:)`` for a cloud that signs in another
    ///   way, ``CoreError/singleSignOnNeedsTokenCache(cloud:)`` with the cache off, or Keystone's
    ///   refusal.
    public func keepSingleSignOn(_ token: Secret) async throws -> SingleSignOnSignIn {
        guard case .webSingleSignOn = profile.auth else {
            throw CoreError.notSingleSignOn(cloud: profile.name, authType: profile.auth.typeName)
        }
        guard let cache else { throw CoreError.singleSignOnNeedsTokenCache(cloud: profile.name) }
        let checked = try await identity.authenticate(.token(token), scope: .unscoped)
        var fresh = SessionCacheDocument()
        fresh.tokens = [checked]
        try cache.save(fresh)
        return SingleSignOnSignIn(user: checked.user.name, expiresAt: checked.expiresAt)
    }
}
