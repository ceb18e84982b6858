/// Turning a cloud's records into a ``CloudProfile``: profile, region, overrides, then typed values.
extension CloudCatalogue {
    func resolve(_ name: String, regionName: String?, applyingEnvironment: Bool) throws(CloudConfigError)
        -> CloudProfile
    {
        guard let found = clouds.last(where: { $0.name == name }) else {
            throw .unknownCloud(name: name, selectedBy: nil, available: cloudNames)
        }
        var record = try expandingProfile(found)
        let requested: (name: String, selectedBy: SourceLocation?)? =
            if let regionName, !regionName.isEmpty {
                (regionName, nil)
            } else if applyingEnvironment, let fromEnvironment = sources.variable("OS_REGION_NAME") {
                (fromEnvironment, .environment("OS_REGION_NAME"))
            } else {
                nil
            }
        let region = try RegionChoice.choose(in: found, expanded: record, requested: requested)
        if let values = region.values {
            record.node = record.node.authMerged(with: values)
        }
        var overrides: [String] = []
        if applyingEnvironment {
            (record, overrides) = record.overridden(by: sources)
        }
        let settings = try CloudSettings(record: record)
        try settings.checkIdentityAPIVersion()
        return CloudProfile(
            name: name, auth: try settings.resolveAuth(), authURL: try settings.authURL(), regionName: region.name,
            regions: region.known, interface: try settings.interface(),
            computeAPIVersion: try settings.apiVersion("compute"), volumeAPIVersion: try settings.apiVersion("volume"),
            apiTimeout: try settings.apiTimeout(), verifyTLS: try settings.verifyTLS(),
            caCertificatePath: try settings.caCertificatePath(sources: sources), source: record.source,
            environmentOverrides: overrides)
    }

    /// The cloud laid over the profile it names in clouds-public.yaml (openstacksdk
    /// `_expand_vendor_profile`, with `cloud:` as the deprecated spelling of `profile:`).
    private func expandingProfile(_ record: CloudRecord) throws(CloudConfigError) -> CloudRecord {
        guard let entry = record.node.entry("profile") ?? record.node.entry("cloud"),
            let profile = try entry.value.text(),
            profile != (sources.variable("OS_CLOUD_NAME") ?? Self.defaultEnvironmentCloudName)
        else {
            return record
        }
        guard let base = publicClouds.last(where: { $0.name == profile }) else {
            throw .unknownProfile(
                entry.node.location, cloud: record.name, profile: profile, publicCloudsFile: files.publicClouds)
        }
        var expanded = record
        expanded.node = base.node.removing(["profile", "cloud"]).authMerged(
            with: record.node.removing(["profile", "cloud"]))
        return expanded
    }
}
