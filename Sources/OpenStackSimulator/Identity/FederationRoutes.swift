import Foundation
import Hummingbird

/// Keystone's web single sign-on (OS-FEDERATION "websso"), with a simulated identity provider in
/// front of it, so the whole exchange works with no real one.
///
/// In a real cloud the browser is sent to `…/v3/auth/OS-FEDERATION/websso/{protocol}?origin=…`
/// (or the identity-provider form of it); the web server in front of Keystone (Apache with
/// mod_auth_openidc or mod_shib) sends it through the institution's sign-in, then Keystone
/// answers with a page that posts an unscoped token, as the form field `token`, to `origin`.
/// `origin` must be one of Keystone's `[federation] trusted_dashboard` addresses.
///
/// Here a GET shows the simulated identity provider's sign-in page, whose accounts are the
/// simulator's users (in domain Default); its form posts back to the same address, and a right
/// password gets Keystone's answer: the page that posts the token to `origin`.
struct FederationRoutes {
    let mount: ServiceMount

    /// The one identity provider the simulator knows, and the protocols it accepts.
    static let identityProvider = "simulated-idp"
    static let protocols = ["openid", "saml2", "mapped"]

    func register(on router: Router<BasicRequestContext>) {
        for path in [
            "/identity/v3/auth/OS-FEDERATION/websso/{protocol}",
            "/identity/v3/auth/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/websso",
        ] {
            mount.route(router, .get, path, access: .anonymous) { request, world throws(APIError) in
                let origin = try Self.origin(request.query("origin"), request: request, world: world)
                return Self.page(SimulatedSignInPage.form(origin: origin, error: nil))
            }
            mount.route(router, .post, path, access: .anonymous) { request, world throws(APIError) in
                let origin = try Self.origin(request.formField("origin") ?? request.query("origin"), request: request, world: world)
                let name = request.formField("username") ?? ""
                let password = request.formField("password") ?? ""
                guard let user = world.identity.user(name: name, domainID: "default"), user.password == password else {
                    return Self.page(SimulatedSignInPage.form(origin: origin, error: "Wrong user name or password."), status: 401)
                }
                let token = world.issueFederatedToken(userID: user.id, protocol: request.parameter("protocol"), now: request.now)
                return Self.page(SimulatedSignInPage.tokenPost(origin: origin, token: token.id))
            }
        }
    }

    /// The checked `origin`: the protocol and provider must exist, and the address must be trusted.
    private static func origin(_ origin: String?, request: APIRequest, world: World) throws(APIError) -> String {
        if let idp = request.parameters["idp"], idp != identityProvider {
            throw APIError.notFound("Could not find Identity Provider: \(idp).")
        }
        let name = request.parameter("protocol")
        guard protocols.contains(name) else { throw APIError.notFound("Could not find federated protocol: \(name).") }
        // keystone/api/auth.py: a missing origin is 400, an untrusted one 401.
        guard let origin, !origin.isEmpty else { throw APIError.badRequest("Request must have an origin query parameter") }
        guard world.settings.trustedDashboards.contains(origin) else {
            throw APIError(401, "\(origin) is not a trusted dashboard host")
        }
        return origin
    }

    private static func page(_ html: String, status: Int = 200) -> APIResponse {
        APIResponse(status: status, headers: [("Cache-Control", "no-store")], body: .text(html, contentType: "text/html; charset=utf-8"))
    }
}

extension World {
    /// An unscoped token for `userID`, as Keystone issues after a federated sign-in: its method is
    /// the protocol's name.
    mutating func issueFederatedToken(userID: String, protocol name: String, now: Timestamp) -> TokenRecord {
        let token = TokenRecord(
            id: "gAAAAAB" + Self.secret(bytes: 138), userID: userID, projectID: nil, roleIDs: [], methods: [name],
            issuedAt: now, expiresAt: now + identity.tokenLifetime, auditIDs: [Self.auditID(&random)], applicationCredentialID: nil)
        identity.tokens[token.id] = token
        return token
    }
}
