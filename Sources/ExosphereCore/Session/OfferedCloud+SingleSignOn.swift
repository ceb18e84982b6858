public import CloudConfig
public import Foundation
import OpenStackAPI

extension OfferedCloud {
    /// Where to send a browser to sign in to this cloud by single sign-on: Keystone's web single
    /// sign-on address for ``singleSignOn``, which posts a token back to `origin` (see
    /// `IdentityClient.webSingleSignOnURL`). `nil` when the cloud does not offer it.
    public func webSingleSignOnURL(origin: URL) -> URL? {
        guard signIn.contains(.singleSignOn) else { return nil }
        return IdentityClient.webSingleSignOnURL(
            authURL: authURL, protocol: singleSignOn.protocol, identityProvider: singleSignOn.identityProvider, origin: origin)
    }
}
