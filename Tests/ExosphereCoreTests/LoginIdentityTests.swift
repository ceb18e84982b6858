import CloudConfig
import Foundation
import Secrets
import Testing

@testable import ExosphereCore

/// The login identity keys the token cache: different logins must never share one, the same login
/// must always get the same one, and no secret may be in it.
@Suite("Login identity of a cloud profile")
struct LoginIdentityTests {
    private func identity(_ auth: CloudAuth) throws -> String {
        let url = try #require(URL(string: "https://keystone.example.org/v3"))
        return CloudProfile(name: "example", auth: auth, authURL: url, source: .environment).loginIdentity
    }

    private func password(_ user: UserReference, secret: String = "s3cret-pw") -> CloudAuth {
        .password(PasswordAuth(user: user, password: Secret(secret), project: nil))
    }

    @Test func distinctLoginsGetDistinctIdentities() throws {
        let logins: [CloudAuth] = [
            password(.id("a")),
            password(.name("a", domain: .name("Default"))),
            password(.name("a", domain: .id("Default"))),
            password(.name("a", domain: .name("b"))),
            // Separators inside a value must not make two logins look alike.
            password(.name(#"a", domain: name("b"#, domain: .name("Default"))),
            .applicationCredential(ApplicationCredentialAuth(credential: .id("a"), secret: Secret("x"))),
            .applicationCredential(
                ApplicationCredentialAuth(credential: .name("a", user: .name("a", domain: .name("Default"))), secret: Secret("x"))),
        ]
        let identities = try logins.map(identity)
        #expect(Set(identities).count == logins.count, "\(identities)")
    }

    @Test func sameLoginSameIdentityWithoutItsSecret() throws {
        let first = try identity(password(.name("demo", domain: .name("Default")), secret: "first-secret"))
        let second = try identity(password(.name("demo", domain: .name("Default")), secret: "second-secret"))
        #expect(first == second)
        #expect(first == #"password:name("demo", domain: name("Default"))"#)
        #expect(!first.contains("secret"))
    }
}
