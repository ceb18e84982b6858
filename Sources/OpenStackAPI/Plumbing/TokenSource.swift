public import Secrets

/// Hands a client the token to send as `X-Auth-Token`, and takes back a token a service refused.
///
/// ``TokenManager/tokenSource(for:)`` gives one per scope; ``StaticTokenSource`` wraps a fixed
/// token (scripts, tests).
public protocol TokenSource: Sendable {
    /// A token believed valid, re-authenticating first if needed.
    func currentToken() async throws -> Secret
    /// Called after a service answered 401 to `token`: forget it so the next
    /// ``currentToken()`` fetches a fresh one.
    func invalidate(_ token: Secret) async
}

/// A ``TokenSource`` that always hands out the same token and cannot refresh it.
public struct StaticTokenSource: TokenSource {
    private let token: Secret

    /// Wraps `token`.
    public init(_ token: Secret) {
        self.token = token
    }

    /// Returns the wrapped token.
    public func currentToken() async throws -> Secret { token }

    /// Does nothing: a fixed token cannot be replaced.
    public func invalidate(_ token: Secret) async {}
}
