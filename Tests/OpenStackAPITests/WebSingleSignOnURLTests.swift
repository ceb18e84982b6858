import Foundation
import Testing

@testable import OpenStackAPI

/// Keystone's web single sign-on addresses (Identity API v3 OS-FEDERATION, "Web Single Sign On
/// authentication"), with the origin encoded so that it comes back exactly as sent.
struct WebSingleSignOnURLTests {
    static let origin = URL(string: "https://exosphere.example.org/sso/callback")

    @Test("without an identity provider: …/auth/OS-FEDERATION/websso/{protocol}?origin=…, /v3 added when missing")
    func protocolOnly() throws {
        let origin = try #require(Self.origin)
        for authURL in ["https://keystone.example.org:5000", "https://keystone.example.org:5000/v3/", "https://keystone.example.org:5000/v3"] {
            let url = IdentityClient.webSingleSignOnURL(
                authURL: try #require(URL(string: authURL)), protocol: "openid", identityProvider: nil, origin: origin)
            #expect(
                url?.absoluteString
                    == "https://keystone.example.org:5000/v3/auth/OS-FEDERATION/websso/openid?origin=https%3A%2F%2Fexosphere.example.org%2Fsso%2Fcallback",
                "\(authURL)")
        }
    }

    @Test("with an identity provider: …/identity_providers/{idp}/protocols/{protocol}/websso; odd characters are encoded, empty names refused")
    func withIdentityProvider() throws {
        let origin = try #require(Self.origin)
        let authURL = try #require(URL(string: "https://cloud.example.edu/identity/v3"))
        let url = IdentityClient.webSingleSignOnURL(authURL: authURL, protocol: "saml2", identityProvider: "access-ci", origin: origin)
        #expect(url?.path == "/identity/v3/auth/OS-FEDERATION/identity_providers/access-ci/protocols/saml2/websso")
        let odd = IdentityClient.webSingleSignOnURL(authURL: authURL, protocol: "a/b", identityProvider: "c?d", origin: origin)
        #expect(odd?.absoluteString.contains("/identity_providers/c%3Fd/protocols/a%2Fb/websso?origin=") == true)
        #expect(IdentityClient.webSingleSignOnURL(authURL: authURL, protocol: "", identityProvider: nil, origin: origin) == nil)
        #expect(IdentityClient.webSingleSignOnURL(authURL: authURL, protocol: "openid", identityProvider: "", origin: origin) == nil)
    }
}
