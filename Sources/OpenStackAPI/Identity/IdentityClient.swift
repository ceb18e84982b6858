public import Foundation

/// Keystone v3: authentication, the user's projects, application credentials.
///
/// Built on the auth URL from clouds.yaml rather than the catalog, because it is needed before any
/// catalog exists. The URL may or may not end in `/v3` (`https://keystone.example.org:5000`,
/// `https://example.org/identity/v3`); the client adds `/v3` when it is missing.
///
/// ```swift
/// let identity = IdentityClient(context: context, authURL: authURL)
/// let token = try await identity.authenticate(
///     .password(user: .name("demo", domain: .name("Default")), password: password),
///     scope: .projectName("demo", domain: .name("Default")))
/// ```
public struct IdentityClient: Sendable {
    /// The Identity API base URL, ending in `/v3`.
    public let baseURL: URL
    let context: APIContext

    /// Creates a client for the Keystone at `authURL`.
    public init(context: APIContext, authURL: URL) {
        self.context = context
        self.baseURL = Self.versionedURL(authURL)
    }

    func caller(tokens: (any TokenSource)?) -> ServiceCaller {
        ServiceCaller(context: context, service: .identity, baseURL: baseURL, tokens: tokens, microversion: nil)
    }

    static func versionedURL(_ url: URL) -> URL {
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        let last = text.split(separator: "/").last.map(String.init) ?? ""
        if last == "v3" || last.hasPrefix("v3.") { return URL(string: text) ?? url }
        return URL(string: text + "/v3") ?? url
    }
}
