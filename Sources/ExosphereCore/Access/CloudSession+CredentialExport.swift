import CloudConfig
public import Foundation
import OpenStackAPI
import Secrets

extension CloudSession {
    /// Creates an application credential for the signed-in user in `project` and returns it ready
    /// to download (`POST /v3/users/{user_id}/application_credentials`, Identity API v3, section
    /// "Create application credential": the secret is in this answer only).
    ///
    /// - Parameters:
    ///   - name: The credential's name, unique per user.
    ///   - expiresAt: When Keystone stops accepting it; `nil`: never.
    /// - Throws: `OpenStackError` when Keystone refuses (a name in use, or a login that is itself an
    ///   application credential without `unrestricted`), or ``CoreError/resource(_:)`` when no secret came back.
    public func exportApplicationCredential(
        name: String, in project: ProjectSummary, expiresAt: Date? = nil
    ) async throws -> CredentialExport {
        let scope = AuthScope.project(id: project.id)
        let token = try await tokens.token(for: scope)
        let request = ApplicationCredentialCreateRequest(
            name: name, description: "Created by Exosphere for \(project.name)", expiresAt: expiresAt)
        let created = try await identity.createApplicationCredential(
            userID: token.user.id, request, using: tokens.tokenSource(for: scope))
        // Keystone always answers a create with the secret; without one the download is useless.
        guard let secret = created.secret else {
            throw CoreError.resource(.notFound(kind: "application credential secret", name))
        }
        return CredentialExport(
            cloud: profile.name, authURL: profile.authURL, regionName: profile.regionName,
            interface: profile.interface.rawValue, credentialID: created.id, credentialName: created.name, secret: secret)
    }
}
