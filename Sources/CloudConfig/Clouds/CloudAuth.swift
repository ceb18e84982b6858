public import Secrets

/// How Exosphere proves who it is to Keystone (Identity API v3), read from a cloud's `auth_type`
/// and `auth` settings.
///
/// Each case matches a keystoneauth plugin and a method of `POST /v3/auth/tokens` (Identity API v3,
/// "Password authentication with scoped authorization", "Authenticating with an Application
/// Credential", "Token authentication with scoped authorization").
public enum CloudAuth: Sendable, Hashable, Codable {
    /// `auth_type: password` or `v3password`: a user's name or id and password.
    case password(PasswordAuth)
    /// `auth_type: v3applicationcredential`: an application credential and its secret.
    case applicationCredential(ApplicationCredentialAuth)
    /// `auth_type: token` or `v3token`: an existing Keystone token.
    case token(TokenAuth)
    /// `auth_type: v3websso`: single sign-on through the institution's identity provider in a
    /// browser (Keystone's WebSSO), by `exosphere login`.
    case webSingleSignOn(WebSingleSignOnAuth)

    /// The `auth_type` spelling of this method, as clouds.yaml writes it.
    public var typeName: String {
        switch self {
        case .password: "password"
        case .applicationCredential: "v3applicationcredential"
        case .token: "token"
        case .webSingleSignOn: "v3websso"
        }
    }
}

/// A user's password, with the project to scope the token to.
public struct PasswordAuth: Sendable, Hashable, Codable {
    /// The user, by id or by name within a domain.
    public var user: UserReference
    /// The password.
    public var password: Secret
    /// The project to scope the token to; `nil` asks Keystone for an unscoped token.
    public var project: ProjectReference?

    /// Creates password authentication settings.
    public init(user: UserReference, password: Secret, project: ProjectReference?) {
        self.user = user
        self.password = password
        self.project = project
    }
}

/// An application credential; its project scope is fixed when the credential is created.
public struct ApplicationCredentialAuth: Sendable, Hashable, Codable {
    /// The credential, by id or by name together with the user who owns it.
    public var credential: ApplicationCredentialReference
    /// The credential's secret.
    public var secret: Secret

    /// Creates application-credential authentication settings.
    public init(credential: ApplicationCredentialReference, secret: Secret) {
        self.credential = credential
        self.secret = secret
    }
}

/// An existing token, with the project to rescope it to.
public struct TokenAuth: Sendable, Hashable, Codable {
    /// The token (an `X-Subject-Token` value).
    public var token: Secret
    /// The project to scope the new token to; `nil` keeps the token's own scope.
    public var project: ProjectReference?

    /// Creates token authentication settings.
    public init(token: Secret, project: ProjectReference?) {
        self.token = token
        self.project = project
    }
}

/// Single sign-on through Keystone's WebSSO (keystoneauth's `v3websso`): the identity provider
/// and federation protocol, and the project to scope tokens to.
public struct WebSingleSignOnAuth: Sendable, Hashable, Codable {
    /// The identity provider (`identity_provider`), when Keystone cannot tell it alone.
    public var identityProvider: String?
    /// The federation protocol (`protocol`, default `openid`).
    public var `protocol`: String
    /// The project to scope the token to; `nil` leaves the sign-in unscoped.
    public var project: ProjectReference?

    /// Creates single sign-on settings.
    public init(identityProvider: String?, protocol: String, project: ProjectReference?) {
        self.identityProvider = identityProvider
        self.protocol = `protocol`
        self.project = project
    }
}
