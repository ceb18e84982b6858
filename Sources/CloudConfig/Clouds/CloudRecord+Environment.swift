/// The `OS_*` environment variables, read the way openstacksdk and python-openstackclient read them.
extension CloudRecord {
    /// Variables that choose a cloud or a file rather than describe a cloud; alone, they do not form
    /// the environment's cloud (openstacksdk `loader._get_os_environ`).
    static let selectorVariables: Set<String> = [
        "OS_CLOUD", "OS_CLOUD_NAME", "OS_CLIENT_CONFIG_FILE", "OS_CLIENT_SECURE_FILE", "OS_REGION_NAME",
    ]

    /// The cloud formed by `OS_*` variables (an openrc file), as openstacksdk's `envvars` cloud:
    /// each `OS_FOO_BAR` becomes the setting `foo_bar`. `nil` when only selector variables are set.
    ///
    /// Like openstacksdk, variables of test tools (`OS_TEST*`, `OS_STD*`, `OS_LOG*`) are ignored;
    /// unlike it, the variables that choose a cloud or a file do not become settings, and empty
    /// values count as unset.
    static func environmentCloud(named name: String, from sources: CloudConfigSources) -> CloudRecord? {
        let variables = sources.environment.keys.filter { variable in
            variable.hasPrefix("OS_") && sources.variable(variable) != nil
                && !["OS_TEST", "OS_STD", "OS_LOG"].contains(where: variable.hasPrefix)
        }
        guard variables.contains(where: { !selectorVariables.contains($0) }) else { return nil }
        let entries = variables.sorted().compactMap { variable -> ConfigEntry? in
            guard variable == "OS_REGION_NAME" || !selectorVariables.contains(variable),
                let value = sources.variable(variable)
            else { return nil }
            return entry(String(variable.dropFirst(3)).lowercased(), value: value, variable: variable)
        }
        return CloudRecord(
            name: name, keyPath: "", keyLocation: .environment(),
            node: ConfigNode(value: .map(entries), location: .environment()),
            source: .environment)
    }

    /// The settings python-openstackclient takes from `OS_*` variables for whichever cloud is
    /// selected, by variable name.
    ///
    /// In OSC every `--os-<option>` (each keystoneauth plugin option, `--os-region-name`,
    /// `--os-interface`, `--os-cacert`, `--os-default-domain`, `--os-<service>-api-version`) defaults
    /// to its `OS_<OPTION>` variable, and `get_one(cloud, argparse=options)` lays those values over
    /// the named cloud (osc-lib `shell.py`, `cli/client_config.py`). `OS_TENANT_NAME` and
    /// `OS_TENANT_ID` stand in for the project when `OS_PROJECT_*` is unset. `OS_INSECURE` and
    /// `OS_API_TIMEOUT` are not options in OSC and so do not override a named cloud.
    static let overridingVariables: [(variable: String, key: String)] = [
        "auth_url", "auth_type", "username", "user_id", "user_domain_name", "user_domain_id", "password",
        "project_name", "project_id", "project_domain_name", "project_domain_id", "domain_name", "domain_id",
        "token", "application_credential_id", "application_credential_name", "application_credential_secret",
        "region_name", "interface", "cacert", "default_domain", "identity_api_version", "compute_api_version",
        "volume_api_version", "identity_provider", "protocol",
    ].map { ("OS_" + $0.uppercased(), $0) }

    /// This cloud with the overriding `OS_*` variables laid over it, and the names of those variables.
    func overridden(by sources: CloudConfigSources) -> (record: CloudRecord, variables: [String]) {
        let fallbacks = ["OS_PROJECT_NAME": "OS_TENANT_NAME", "OS_PROJECT_ID": "OS_TENANT_ID"]
        var overrides: [ConfigEntry] = []
        for (variable, key) in Self.overridingVariables {
            let used = sources.variable(variable) != nil ? variable : fallbacks[variable]
            guard let used, let value = sources.variable(used) else { continue }
            overrides.append(Self.entry(key, value: value, variable: used))
        }
        guard source != .environment, !overrides.isEmpty else { return (self, []) }
        // In OSC a top-level value wins over the one under `auth:` (osc-lib `_validate_auth`), and
        // ``CloudSettings`` looks at the top level first, so the overrides go to the top level.
        let keys = Set(overrides.map(\.key))
        var record = self
        record.node = ConfigNode(
            value: .map((node.entries ?? []).filter { !keys.contains($0.key) } + overrides), location: node.location)
        return (record, overrides.map(\.keyPath).sorted())
    }

    private static func entry(_ key: String, value: String, variable: String) -> ConfigEntry {
        let location = SourceLocation.environment(variable)
        return ConfigEntry(
            key: key, keyPath: variable, keyLocation: location,
            node: ConfigNode(value: .scalar(value, .string), location: location))
    }
}
