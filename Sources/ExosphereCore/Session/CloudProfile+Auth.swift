import CloudConfig
import Foundation
import OpenStackAPI

// The one place where clouds.yaml's view of authentication (CloudConfig) is mapped onto Keystone's
// (OpenStackAPI). The two modules keep separate types on purpose: config files and the wire change
// for different reasons.

extension CloudProfile {
    /// How to authenticate to this cloud's Keystone; for single sign-on, with the unscoped token
    /// the last `exosphere login` left among `cachedTokens`, if it is still valid.
    func authMethod(cachedTokens: [Token] = [], now: Date = Date()) -> AuthMethod {
        switch auth {
        case .password(let settings):
            return .password(user: settings.user.wire, password: settings.password)
        case .applicationCredential(let settings):
            return .applicationCredential(settings.credential.wire, secret: settings.secret)
        case .token(let settings):
            return .token(settings.token)
        case .webSingleSignOn:
            let signIn = cachedTokens.filter { $0.project == nil && !$0.isExpired(at: now) }.max { $0.expiresAt < $1.expiresAt }
            return .singleSignOn(signIn?.value)
        }
    }

    /// The scope of the first token: the project clouds.yaml names, else unscoped.
    var defaultScope: AuthScope {
        let project: CloudConfig.ProjectReference?
        switch auth {
        case .password(let settings): project = settings.project
        case .token(let settings): project = settings.project
        case .webSingleSignOn(let settings): project = settings.project
        case .applicationCredential: return .unscoped
        }
        switch project {
        case .id(let id): return .project(id: id)
        case .name(let name, let domain): return .projectName(name, domain: domain.wire)
        case nil: return .unscoped
        }
    }

    /// Whether tokens may be written to the on-disk cache. A token given in clouds.yaml is itself
    /// the credential, so nothing is gained by caching what it yields.
    var allowsTokenCache: Bool {
        if case .token = auth { return false }
        return true
    }

    /// The catalog interface in the client's terms.
    var endpointInterface: OpenStackAPI.EndpointInterface {
        OpenStackAPI.EndpointInterface(rawValue: interface.rawValue) ?? .public
    }

    /// Who logs in, for telling cached tokens of different logins apart (no secret in it).
    /// Spelled out rather than interpolated: describing an enum goes through reflection and the
    /// runtime's conformance lookups, a measurable part of a short command's start.
    var loginIdentity: String {
        switch auth {
        case .password(let settings): return "password:" + settings.user.identityText
        case .applicationCredential(let settings): return "appcred:" + settings.credential.identityText
        case .token: return "token"
        case .webSingleSignOn(let settings):
            return "websso:" + (settings.identityProvider ?? "").debugDescription + "/" + settings.protocol.debugDescription
        }
    }
}

extension CloudConfig.UserReference {
    /// `id(…)` or `name(…, domain: …)`, each value quoted and escaped so no two references share a text.
    var identityText: String {
        switch self {
        case .id(let id): "id(" + id.debugDescription + ")"
        case .name(let name, let domain): "name(" + name.debugDescription + ", domain: " + domain.identityText + ")"
        }
    }

    var wire: OpenStackAPI.UserReference {
        switch self {
        case .id(let id): return .id(id)
        case .name(let name, let domain): return .name(name, domain: domain.wire)
        }
    }
}

extension CloudConfig.DomainReference {
    /// `id(…)` or `name(…)`, the value quoted and escaped.
    var identityText: String {
        switch self {
        case .id(let id): "id(" + id.debugDescription + ")"
        case .name(let name): "name(" + name.debugDescription + ")"
        }
    }

    var wire: OpenStackAPI.DomainReference {
        switch self {
        case .id(let id): return .id(id)
        case .name(let name): return .name(name)
        }
    }
}

extension CloudConfig.ApplicationCredentialReference {
    /// `id(…)` or `name(…, user: …)`, each value quoted and escaped.
    var identityText: String {
        switch self {
        case .id(let id): "id(" + id.debugDescription + ")"
        case .name(let name, let user): "name(" + name.debugDescription + ", user: " + user.identityText + ")"
        }
    }

    var wire: OpenStackAPI.ApplicationCredentialReference {
        switch self {
        case .id(let id): return .id(id)
        case .name(let name, let user): return .name(name, user: user.wire)
        }
    }
}
