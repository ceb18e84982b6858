public import Foundation

extension IdentityClient {
    /// Where to send a browser to sign in through the institution's identity provider (Identity
    /// API v3 OS-FEDERATION, "Web Single Sign On authentication"): Keystone signs it in and posts
    /// an unscoped token, as the form field `token`, to `origin`, which must be one of Keystone's
    /// `[federation] trusted_dashboard` addresses.
    ///
    /// - Parameters:
    ///   - authURL: Keystone's address, with or without `/v3`.
    ///   - protocol: The federation protocol, such as `openid` or `saml2`.
    ///   - identityProvider: The identity provider, when Keystone cannot tell it from the request
    ///     (`…/identity_providers/{idp}/protocols/{protocol}/websso`); `nil` for `…/websso/{protocol}`.
    ///   - origin: Where Keystone posts the token.
    public static func webSingleSignOnURL(authURL: URL, protocol name: String, identityProvider: String?, origin: URL) -> URL? {
        guard let protocolSegment = Self.pathSegment(name) else { return nil }
        var path = "/auth/OS-FEDERATION/websso/" + protocolSegment
        if let identityProvider {
            guard let idpSegment = Self.pathSegment(identityProvider) else { return nil }
            path = "/auth/OS-FEDERATION/identity_providers/\(idpSegment)/protocols/\(protocolSegment)/websso"
        }
        // Every reserved character of the origin is encoded, so it comes back exactly as sent.
        guard let query = origin.absoluteString.addingPercentEncoding(withAllowedCharacters: Self.unreserved) else { return nil }
        return URL(string: versionedURL(authURL).absoluteString + path + "?origin=" + query)
    }

    /// `text` as one path segment: unreserved characters kept, the rest percent-encoded; `nil`
    /// when empty.
    private static func pathSegment(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        return text.addingPercentEncoding(withAllowedCharacters: unreserved)
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
