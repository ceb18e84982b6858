public import Secrets

/// A ``TokenSource`` that asks a ``TokenManager`` for tokens of one scope.
public struct ScopedTokenSource: TokenSource {
    /// The manager behind this source.
    public let manager: TokenManager
    /// The scope whose tokens it hands out.
    public let scope: AuthScope

    /// Creates a source; ``TokenManager/tokenSource(for:)`` is the usual way.
    public init(manager: TokenManager, scope: AuthScope) {
        self.manager = manager
        self.scope = scope
    }

    /// A valid token for ``scope``.
    public func currentToken() async throws -> Secret {
        try await manager.token(for: scope).value
    }

    /// Tells the manager to forget `token`.
    public func invalidate(_ token: Secret) async {
        await manager.invalidate(token)
    }
}
