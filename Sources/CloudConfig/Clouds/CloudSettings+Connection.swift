import Foundation

/// The settings about reaching the cloud rather than logging in to it.
extension CloudSettings {
    /// `auth_url`, which every supported auth type needs.
    func authURL() throws(CloudConfigError) -> URL {
        guard let url = try authValue("auth_url")?.httpURL() else { throw missingAuth("auth_url") }
        return url
    }

    /// `interface`, else the legacy `endpoint_type` (openstacksdk `_fix_backwards_interface`), else
    /// `public` (openstacksdk `defaults.json`).
    func interface() throws(CloudConfigError) -> EndpointInterface {
        guard let value = value("interface", "endpoint_type"), let written = try value.text() else { return .public }
        guard let interface = EndpointInterface(configured: written) else {
            throw .invalidChoice(
                value.location, keyPath: value.keyPath, value: written,
                choices: EndpointInterface.allCases.map(\.rawValue))
        }
        return interface
    }

    /// Checks `identity_api_version`: Exosphere speaks Identity v3 only (v2 left Keystone in Queens).
    func checkIdentityAPIVersion() throws(CloudConfigError) {
        guard let value = value("identity_api_version"), let written = try value.text() else { return }
        guard written == "3" || written.hasPrefix("3.") else {
            throw .invalidChoice(value.location, keyPath: value.keyPath, value: written, choices: ["3"])
        }
    }

    /// `<service>_api_version` as written, such as `2.79` for `compute`.
    func apiVersion(_ service: String) throws(CloudConfigError) -> String? {
        try value(service + "_api_version")?.text()
    }

    /// `api_timeout`, in seconds (from 0.001 to 86400).
    func apiTimeout() throws(CloudConfigError) -> Duration? {
        try value("api_timeout")?.seconds()
    }

    /// `verify` (default true) unless `insecure` is true (openstacksdk `get_requests_verify_args`).
    /// A path in `verify` is a CA bundle, as in the requests library openstacksdk passes it to.
    func verifyTLS() throws(CloudConfigError) -> Bool {
        var verify = true
        if try verifyBundle() == nil, let written = try value("verify")?.boolean() {
            verify = written
        }
        let insecure = try value("insecure")?.boolean() ?? false
        return verify && !insecure
    }

    /// `cacert`, else a path given as `verify`, with `~` expanded and made absolute against the
    /// working directory.
    func caCertificatePath(sources: CloudConfigSources) throws(CloudConfigError) -> String? {
        if let cacert = try value("cacert")?.text() {
            return sources.absolutePath(cacert)
        }
        return try verifyBundle().map(sources.absolutePath)
    }

    private func verifyBundle() throws(CloudConfigError) -> String? {
        guard let value = value("verify"), case .scalar(_, .string) = value.node.value, let text = try value.text(),
            text.hasPrefix("/") || text.hasPrefix("~/")
        else { return nil }
        return text
    }
}
