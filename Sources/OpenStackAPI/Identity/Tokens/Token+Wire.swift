import Foundation
import Secrets

/// The body of a token response: `{"token": {…}}` (Identity API v3, "Password authentication
/// with unscoped authorization", response parameters).
struct TokenResponseBody: Decodable {
    let token: Wire

    struct Wire: Decodable {
        let methods: [String]
        let expiresAt: Date
        let issuedAt: Date
        let user: WireUser
        let project: WireProject?
        let roles: [Role]?
        let catalog: [CatalogService]?
        let applicationCredential: WireApplicationCredential?

        enum CodingKeys: String, CodingKey {
            case methods
            case expiresAt = "expires_at"
            case issuedAt = "issued_at"
            case user, project, roles, catalog
            case applicationCredential = "application_credential"
        }
    }

    struct WireUser: Decodable {
        let id: String
        let name: String
        let domain: IdentityDomain?
    }

    struct WireProject: Decodable {
        let id: String
        let name: String
        let domain: IdentityDomain?
    }

    struct WireApplicationCredential: Decodable {
        let id: String
    }

    func token(value: Secret) -> Token {
        Token(
            value: value,
            expiresAt: token.expiresAt,
            issuedAt: token.issuedAt,
            methods: token.methods,
            user: TokenUser(id: token.user.id, name: token.user.name, domain: token.user.domain),
            project: token.project.map { TokenProject(id: $0.id, name: $0.name, domain: $0.domain) },
            roles: token.roles ?? [],
            catalog: ServiceCatalog(services: token.catalog ?? []),
            applicationCredentialID: token.applicationCredential?.id
        )
    }
}
