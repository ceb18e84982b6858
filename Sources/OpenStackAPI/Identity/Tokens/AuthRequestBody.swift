import Secrets

/// The body of `POST /v3/auth/tokens` (Identity API v3, "Authentication and token management").
struct AuthRequestBody: Encodable, Sendable {
    let method: AuthMethod
    let scope: AuthScope?

    private enum Keys: String, CodingKey {
        case auth, identity, methods, scope, password, user, token, id, name, domain, secret, project
        case applicationCredential = "application_credential"
    }

    func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Keys.self)
        var auth = root.nestedContainer(keyedBy: Keys.self, forKey: .auth)
        var identity = auth.nestedContainer(keyedBy: Keys.self, forKey: .identity)
        try identity.encode([method.name], forKey: .methods)
        switch method {
        case .password(let user, let password):
            var passwordContainer = identity.nestedContainer(keyedBy: Keys.self, forKey: .password)
            var userContainer = passwordContainer.nestedContainer(keyedBy: Keys.self, forKey: .user)
            try Self.encode(user, into: &userContainer)
            try userContainer.encode(password, forKey: .password)
        case .applicationCredential(let reference, let secret):
            var credential = identity.nestedContainer(keyedBy: Keys.self, forKey: .applicationCredential)
            switch reference {
            case .id(let id):
                try credential.encode(id, forKey: .id)
            case .name(let name, let user):
                try credential.encode(name, forKey: .name)
                var userContainer = credential.nestedContainer(keyedBy: Keys.self, forKey: .user)
                try Self.encode(user, into: &userContainer)
            }
            try credential.encode(secret, forKey: .secret)
        case .token(let token):
            var tokenContainer = identity.nestedContainer(keyedBy: Keys.self, forKey: .token)
            try tokenContainer.encode(token, forKey: .id)
        case .singleSignOn(let token):
            // The token manager asks for a sign-in before a request without a token is made.
            guard let token else { throw OpenStackError.singleSignOnNeeded }
            var tokenContainer = identity.nestedContainer(keyedBy: Keys.self, forKey: .token)
            try tokenContainer.encode(token, forKey: .id)
        }
        switch scope {
        case nil:
            break
        case .unscoped:
            // An explicit "unscoped" stops Keystone from scoping to the user's default project.
            try auth.encode("unscoped", forKey: .scope)
        case .project(let id):
            var scopeContainer = auth.nestedContainer(keyedBy: Keys.self, forKey: .scope)
            var project = scopeContainer.nestedContainer(keyedBy: Keys.self, forKey: .project)
            try project.encode(id, forKey: .id)
        case .projectName(let name, let domain):
            var scopeContainer = auth.nestedContainer(keyedBy: Keys.self, forKey: .scope)
            var project = scopeContainer.nestedContainer(keyedBy: Keys.self, forKey: .project)
            try project.encode(name, forKey: .name)
            var domainContainer = project.nestedContainer(keyedBy: Keys.self, forKey: .domain)
            try Self.encode(domain, into: &domainContainer)
        }
    }

    private static func encode(_ user: UserReference, into container: inout KeyedEncodingContainer<Keys>) throws {
        switch user {
        case .id(let id):
            try container.encode(id, forKey: .id)
        case .name(let name, let domain):
            try container.encode(name, forKey: .name)
            var domainContainer = container.nestedContainer(keyedBy: Keys.self, forKey: .domain)
            try encode(domain, into: &domainContainer)
        }
    }

    private static func encode(_ domain: DomainReference, into container: inout KeyedEncodingContainer<Keys>) throws {
        switch domain {
        case .id(let id): try container.encode(id, forKey: .id)
        case .name(let name): try container.encode(name, forKey: .name)
        }
    }
}
