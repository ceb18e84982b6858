public import Foundation

/// What a hosted Exosphere offers its visitors (`hosting:`): the institution's clouds, shown by
/// name on the clouds page with a sign-in form each, and whether visitors may add others.
///
/// ```yaml
/// hosting:
///   clouds:
///     - name: Jetstream2
///       auth_url: https://js2.jetstream-cloud.org:5000/v3
///       region: IU                  # optional
///       interface: public           # public (default), internal or admin
///       domain: access              # the user domain a password sign-in uses (default: Default)
///       sign_in: [password, application_credential]   # default: both (sso alone when sso: is written)
///       sso:                        # single sign-on through Keystone's federation (WebSSO)
///         protocol: openid          # default openid
///         identity_provider: access # optional: when Keystone cannot tell it from the request
///   visitor_clouds: false           # default true: visitors may also add any cloud
///   sessions: postgres://exosphere:PASSWORD@db.example.org/exosphere   # default: in memory
///   metrics_token: A-LONG-RANDOM-TEXT   # /metrics for a scraper that sends it as a bearer token; default: no /metrics
///   trusted_proxies: [10.0.0.5, 10.1.0.0/16]   # load balancers whose X-Forwarded-For names the client
/// ```
///
/// The address people open stays `ui.public_url`.
public struct HostingSettings: Sendable, Hashable {
    /// The clouds this server offers, in the order written (`clouds`).
    public var clouds: [OfferedCloud] = []
    /// Whether visitors may add clouds the operator did not offer (`visitor_clouds`, default
    /// `true`): with `false`, only ``clouds`` can be signed in to from the web UI.
    public var visitorClouds = true
    /// Where sessions are kept so that many replicas share them (`sessions`, a PostgreSQL
    /// address); `nil` keeps them in this process's memory, for one machine.
    public var sessions: String?
    /// The bearer token a Prometheus scraper sends for `GET /metrics` (`metrics_token`, at least
    /// 16 characters); `nil` leaves `/metrics` out.
    public var metricsToken: String?
    /// The load balancers in front of the server (`trusted_proxies`, addresses or networks): a
    /// request through one is counted under the client its `X-Forwarded-For` names, and its
    /// connections under no client's limit. Empty: every peer is a client.
    public var trustedProxies: [IPNetwork] = []

    /// No cloud offered; visitors add their own.
    public init() {}

    /// The offered cloud named `name`.
    public func cloud(named name: String) -> OfferedCloud? {
        clouds.first { $0.name == name }
    }
}

/// One cloud an operator offers (`hosting.clouds[]`).
public struct OfferedCloud: Sendable, Hashable {
    /// How a visitor signs in to it.
    public enum SignIn: String, Sendable, Hashable, CaseIterable {
        /// User name and password (Keystone's `password` method).
        case password
        /// An application credential's id and secret.
        case applicationCredential = "application_credential"
        /// Single sign-on: the institution's identity provider, through Keystone's federation
        /// (WebSSO); see ``SingleSignOn``.
        case singleSignOn = "sso"
    }

    /// How Keystone reaches the identity provider (`sso:`): the web single sign-on address is
    /// `…/auth/OS-FEDERATION/websso/{protocol}`, or with an identity provider
    /// `…/auth/OS-FEDERATION/identity_providers/{identity_provider}/protocols/{protocol}/websso`.
    public struct SingleSignOn: Sendable, Hashable {
        /// The federation protocol (`protocol`, default `openid`).
        public var `protocol` = "openid"
        /// The identity provider (`identity_provider`), when Keystone cannot tell it alone.
        public var identityProvider: String?

        /// Single sign-on by OpenID Connect, the provider left to Keystone.
        public init() {}
    }

    /// The name people see, and the cloud's name in their session (`name`).
    public var name: String
    /// Keystone's address (`auth_url`).
    public var authURL: URL
    /// The region, when the cloud has several (`region`).
    public var region: String?
    /// Which endpoints of the catalogue to use (`interface`, default `public`).
    public var interface: EndpointInterface = .public
    /// The user domain of a password sign-in (`domain`, default `Default`).
    public var domain = "Default"
    /// The ways to sign in it allows (`sign_in`), in the order offered: by default password and
    /// application credential, or single sign-on alone when ``singleSignOn`` is written.
    public var signIn: [SignIn] = [.password, .applicationCredential]
    /// How single sign-on reaches the identity provider (`sso`), when it is offered.
    public var singleSignOn = SingleSignOn()

    /// Creates an offered cloud.
    public init(name: String, authURL: URL) {
        self.name = name
        self.authURL = authURL
    }
}
