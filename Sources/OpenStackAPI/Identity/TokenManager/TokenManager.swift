import Foundation
public import Secrets

/// Hands out valid tokens per scope, authenticating only when it must.
///
/// - Concurrent requests for the same scope share one Keystone call; different projects get
///   their own (ten projects asked at once make ten calls).
/// - A token is renewed ``refreshMargin`` before it expires (or halfway through its life, if that
///   is sooner), so no request goes out with a token about to lapse.
/// - After a service answers 401, clients call ``invalidate(_:)`` and retry once.
/// - ``seed(_:)`` loads cached tokens and ``exportTokens()`` hands them back for the core to persist.
/// - Application-credential tokens are bound to their project: asking for another project throws
///   ``OpenStackError/applicationCredentialScope(boundProjectID:requested:)``, and an unscoped
///   request gets the project token.
/// - With ``AuthMethod/token(_:)`` the original token cannot be renewed; once it has expired (or
///   Keystone refuses it) requests throw ``OpenStackError/loginExpired``.
///
/// ```swift
/// let manager = TokenManager(identity: identity, method: .password(user: user, password: password))
/// let token = try await manager.token(for: .project(id: projectID))
/// let compute = try await ComputeClient.connect(
///     context: context, endpoint: token.catalog.endpoint(for: .compute).url,
///     tokens: manager.tokenSource(for: .project(id: projectID)))
/// ```
public actor TokenManager {
    /// How long before expiry a token is renewed.
    public let refreshMargin: Duration
    private let identity: IdentityClient
    private let method: AuthMethod
    private let clock: any WallClock
    private var tokens: [Token] = []
    private var inFlight: [AuthScope: Task<Token, any Error>] = [:]
    /// The expiry of the token behind ``AuthMethod/token(_:)``, once known.
    private var loginTokenExpiry: Date?

    /// Creates a manager.
    ///
    /// - Parameters:
    ///   - identity: The Keystone to authenticate against.
    ///   - method: How to authenticate.
    ///   - refreshMargin: Renew tokens this long before they expire; 5 minutes by default.
    ///   - clock: The time source; tests pass a fake.
    ///   - cachedTokens: Tokens from an earlier run; expired ones are ignored.
    public init(
        identity: IdentityClient,
        method: AuthMethod,
        refreshMargin: Duration = .seconds(300),
        clock: any WallClock = SystemWallClock(),
        cachedTokens: [Token] = []
    ) {
        self.identity = identity
        self.method = method
        self.refreshMargin = refreshMargin
        self.clock = clock
        let now = clock.now()
        self.tokens = cachedTokens.filter { !$0.isExpired(at: now) }
    }

    /// A valid token for `scope`, from the cache or from Keystone.
    public func token(for scope: AuthScope) async throws -> Token {
        let key = inFlightKey(for: scope)
        if let cached = try cachedToken(for: scope) { return cached }
        if let running = inFlight[key] { return try checked(try await running.value, for: scope) }
        try checkLoginStillValid()
        let task = Task { [identity, method] in
            try await identity.authenticate(method, scope: Self.wireScope(for: scope, method: method))
        }
        inFlight[key] = task
        defer { inFlight[key] = nil }
        let token: Token
        do {
            token = try await task.value
        } catch let error as OpenStackError where error.status == 401 || error.status == 404 {
            if case .singleSignOn = method { throw OpenStackError.singleSignOnNeeded }
            if case .token = method { throw OpenStackError.loginExpired }
            throw error
        }
        store(token)
        return try checked(token, for: scope)
    }

    /// A ``TokenSource`` for clients working in `scope`.
    public nonisolated func tokenSource(for scope: AuthScope) -> ScopedTokenSource {
        ScopedTokenSource(manager: self, scope: scope)
    }

    /// Forgets `value` after a service refused it, so the next request re-authenticates.
    public func invalidate(_ value: Secret) {
        tokens.removeAll { $0.value == value }
    }

    /// Adds cached tokens (from disk); expired ones are ignored.
    public func seed(_ cached: [Token]) {
        let now = clock.now()
        for token in cached where !token.isExpired(at: now) {
            store(token)
        }
    }

    /// Hands over every token held and forgets them: the next request signs in again.
    public func takeAll() -> [Token] {
        defer { tokens.removeAll() }
        return tokens
    }

    /// The tokens still valid now, for the core to persist.
    public func exportTokens() -> [Token] {
        let now = clock.now()
        return tokens.filter { !$0.isExpired(at: now) }
    }

    private func store(_ token: Token) {
        tokens.removeAll { $0.project?.id == token.project?.id }
        tokens.append(token)
        if method.rescopesOneToken, loginTokenExpiry == nil || token.expiresAt < (loginTokenExpiry ?? .distantFuture) {
            // Keystone never extends a rescoped token beyond the token it came from.
            loginTokenExpiry = token.expiresAt
        }
    }

    private func cachedToken(for scope: AuthScope) throws -> Token? {
        let now = clock.now()
        let candidates = tokens.filter { isFresh($0, at: now) }
        if case .applicationCredential = method {
            return try candidates.first.map { try checked($0, for: scope) }
        }
        return candidates.first { Self.token($0, matches: scope) }
    }

    private func isFresh(_ token: Token, at now: Date) -> Bool {
        let lifetime = token.expiresAt.timeIntervalSince(token.issuedAt)
        let margin = min(Self.seconds(refreshMargin), max(0, lifetime / 2))
        return now < token.expiresAt.addingTimeInterval(-margin)
    }

    private func checkLoginStillValid() throws {
        if case .singleSignOn(nil) = method { throw OpenStackError.singleSignOnNeeded }
        guard method.rescopesOneToken, let expiry = loginTokenExpiry, clock.now() >= expiry else { return }
        if case .singleSignOn = method { throw OpenStackError.singleSignOnNeeded }
        throw OpenStackError.loginExpired
    }

    private func inFlightKey(for scope: AuthScope) -> AuthScope {
        if case .applicationCredential = method { return .unscoped }
        return scope
    }

    private func checked(_ token: Token, for scope: AuthScope) throws -> Token {
        guard case .applicationCredential = method, scope != .unscoped, !Self.token(token, matches: scope) else {
            return token
        }
        let requested: String
        switch scope {
        case .project(let id): requested = id
        case .projectName(let name, _): requested = name
        case .unscoped: requested = ""
        }
        throw OpenStackError.applicationCredentialScope(boundProjectID: token.project?.id ?? "", requested: requested)
    }

    static func wireScope(for scope: AuthScope, method: AuthMethod) -> AuthScope? {
        if case .applicationCredential = method { return nil }
        return scope
    }

    static func token(_ token: Token, matches scope: AuthScope) -> Bool {
        switch scope {
        case .unscoped:
            return token.project == nil
        case .project(let id):
            return token.project?.id == id
        case .projectName(let name, let domain):
            guard let project = token.project, project.name == name else { return false }
            switch domain {
            case .id(let id): return project.domain?.id == id
            case .name(let domainName): return project.domain?.name == domainName
            }
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
