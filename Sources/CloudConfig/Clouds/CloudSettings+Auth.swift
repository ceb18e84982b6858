/// Reading `auth_type` and the `auth:` settings into a ``CloudAuth``.
extension CloudSettings {
    /// The `auth_type` values Exosphere supports, with keystoneauth's plugin names.
    static let supportedAuthTypes = ["password", "v3password", "v3applicationcredential", "token", "v3token", "v3websso"]

    /// The authentication settings.
    ///
    /// Without `auth_type`, the type is inferred as python-openstackclient does
    /// (`OSC_Config._auth_select_default_plugin`): a `username` means password, a `token` means
    /// token, anything else password; and, before those, application-credential keys mean
    /// `v3applicationcredential` (OSC would try a password and fail, so Exosphere goes further).
    func resolveAuth() throws(CloudConfigError) -> CloudAuth {
        let type = try authType()
        switch type {
        case "password", "v3password":
            return .password(try passwordAuth())
        case "v3applicationcredential":
            return .applicationCredential(try applicationCredentialAuth())
        case "token", "v3token":
            return .token(try tokenAuth())
        case "v3websso":
            return .webSingleSignOn(try webSingleSignOnAuth())
        default:
            let value = self.value("auth_type", "auth_plugin")
            throw .invalidChoice(
                value?.location ?? record.keyLocation, keyPath: value?.keyPath ?? "auth_type", value: type,
                choices: Self.supportedAuthTypes)
        }
    }

    private func authType() throws(CloudConfigError) -> String {
        // `auth_plugin` is the older spelling; openstacksdk `_fix_backwards_auth_plugin` lets
        // `auth_type` win.
        if let written = try value("auth_type", "auth_plugin")?.text() { return written }
        if try hasAuthValue("application_credential_id", "application_credential_name", "application_credential_secret")
        {
            return "v3applicationcredential"
        }
        if try hasAuthValue("username", "user_id") { return "password" }
        if try hasAuthValue("token", "auth_token") { return "token" }
        return "password"
    }

    private func passwordAuth() throws(CloudConfigError) -> PasswordAuth {
        guard let user = try user(defaultingDomain: true) else { throw missingAuth("username", or: "user_id") }
        guard let password = try authValue("password")?.secret() else { throw missingAuth("password") }
        return PasswordAuth(user: user, password: password, project: try project())
    }

    // An application credential carries its own project scope, so project and domain settings
    // (often left in an openrc) are ignored (Identity API v3, "Authenticating with an Application
    // Credential": requesting a scope is not allowed).
    private func applicationCredentialAuth() throws(CloudConfigError) -> ApplicationCredentialAuth {
        guard let secret = try authValue("application_credential_secret")?.secret() else {
            throw missingAuth("application_credential_secret")
        }
        if let id = try authValue("application_credential_id")?.text() {
            return ApplicationCredentialAuth(credential: .id(id), secret: secret)
        }
        guard let name = try authValue("application_credential_name")?.text() else {
            throw missingAuth("application_credential_id", or: "application_credential_name")
        }
        // A name is unique only per user, so the owner is needed too; OSC fills in a default
        // domain only for password plugins, so the owner's domain must be written here.
        guard let user = try user(defaultingDomain: false) else { throw missingAuth("username", or: "user_id") }
        return ApplicationCredentialAuth(credential: .name(name, user: user), secret: secret)
    }

    // keystoneauth's v3websso options: both names become parts of Keystone's address.
    private func webSingleSignOnAuth() throws(CloudConfigError) -> WebSingleSignOnAuth {
        let provider = authValue("identity_provider")
        let written = authValue("protocol")
        for value in [provider, written].compactMap({ $0 }) {
            let text = try value.text() ?? ""
            guard !text.isEmpty, text.count <= 64, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
                throw value.wrongType(expected: "a name of letters, digits and - _ .")
            }
        }
        return WebSingleSignOnAuth(
            identityProvider: try provider?.text(), protocol: try written?.text() ?? "openid", project: try project())
    }

    private func tokenAuth() throws(CloudConfigError) -> TokenAuth {
        // `auth_token` is the older spelling (openstacksdk `_fix_backwards_auth`).
        guard let token = try authValue("token", "auth_token")?.secret() else { throw missingAuth("token") }
        return TokenAuth(token: token, project: try project())
    }
}
