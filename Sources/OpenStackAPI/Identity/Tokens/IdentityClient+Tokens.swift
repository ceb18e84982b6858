import Foundation
public import Secrets
import OutboundHTTP

extension IdentityClient {
    /// Authenticates and returns a token (`POST /v3/auth/tokens`, Identity API v3).
    ///
    /// - Parameters:
    ///   - method: Password, application credential or existing token.
    ///   - scope: The scope to ask for; `nil` sends none (an application credential must not be
    ///     given a scope: its project is fixed).
    /// - Throws: ``OpenStackError/http(_:)`` with status 401 for wrong credentials;
    ///   ``OpenStackError/decoding(_:)`` when `X-Subject-Token` or a field is missing.
    public func authenticate(_ method: AuthMethod, scope: AuthScope?) async throws -> Token {
        let path = ["auth", "tokens"]
        let caller = caller(tokens: nil)
        let response = try await caller.send(.post, path, body: AuthRequestBody(method: method, scope: scope))
        guard let subjectToken = response.header("x-subject-token"), !subjectToken.isEmpty else {
            throw OpenStackError.decoding(
                DecodingFailure(
                    service: .identity, method: .post, path: (try? caller.url(path).path) ?? "/v3/auth/tokens",
                    field: "X-Subject-Token", problem: .missingHeader, requestID: response.requestID))
        }
        let body = try caller.decode(TokenResponseBody.self, from: response, method: .post, path: path)
        return body.token(value: Secret(subjectToken))
    }

    /// Revokes `token` (`DELETE /v3/auth/tokens`, Identity API v3 "Revoke token"), authenticated
    /// by the token itself, which Keystone's default policy allows its own user. A token Keystone
    /// no longer accepts (401: revoked or expired) or knows (404) counts as revoked.
    ///
    /// - Throws: ``OpenStackError`` when Keystone refuses or does not answer.
    public func revoke(_ token: Secret) async throws {
        do {
            _ = try await caller(tokens: nil).send(
                .delete, ["auth", "tokens"], headers: ["x-auth-token": token.revealed, "x-subject-token": token.revealed])
        } catch let error as OpenStackError where error.status == 401 || error.status == 404 {
            return
        }
    }
}
