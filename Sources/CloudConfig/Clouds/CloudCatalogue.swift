/// Every configured cloud, and the rules for choosing one.
///
/// Which cloud ``select(_:regionName:)`` resolves, first match wins:
///
/// 1. the name passed in (the CLI's `--os-cloud`);
/// 2. `OS_CLOUD`;
/// 3. the cloud formed by `OS_*` variables (`envvars`, or `OS_CLOUD_NAME`), when there is one;
/// 4. the only cloud, when exactly one is configured;
/// 5. otherwise an error that lists the clouds.
///
/// Where each setting of the chosen cloud comes from, highest first (python-openstackclient's
/// precedence; openstacksdk's `get_one` without OSC's `argparse` lacks step 2):
///
/// 1. an explicit argument (`regionName:`, the CLI's `--os-region-name`);
/// 2. the `OS_*` variable of each `--os-*` option of OSC (listed in `CloudRecord.overridingVariables`):
///    OSC's options default to these variables and override the named cloud, so a sourced openrc
///    changes a clouds.yaml cloud (``CloudProfile/environmentOverrides`` tells which);
/// 3. the region's `values` in `regions:`;
/// 4. the cloud in secure.yaml, then in clouds.yaml (a key at the cloud's top level wins over the
///    same key under `auth:`, as in OSC);
/// 5. the profile it names in clouds-public.yaml;
/// 6. defaults: `interface: public`, `verify: true`, `default_domain: default`.
public struct CloudCatalogue: Sendable {
    /// The name openstacksdk gives the cloud formed by `OS_*` variables unless `OS_CLOUD_NAME` is set.
    public static let defaultEnvironmentCloudName = "envvars"

    /// The files the catalogue was read from; `nil` where none was found.
    public struct Files: Sendable, Hashable {
        /// The clouds.yaml (or .yml, .json) in use.
        public var clouds: String?
        /// The secure.yaml in use.
        public var secure: String?
        /// The clouds-public.yaml in use; only looked for when a cloud names a profile.
        public var publicClouds: String?
    }

    let clouds: [CloudRecord]
    let publicClouds: [CloudRecord]
    let sources: CloudConfigSources

    /// The files the clouds were read from.
    public let files: Files
    /// The directories that were searched, in order.
    public let searchDirectories: [String]

    /// Every cloud's name: the file's clouds in file order, then the environment's cloud.
    public var cloudNames: [String] { clouds.map(\.name) }

    /// The name of the cloud formed by `OS_*` variables, when they form one.
    public var environmentCloudName: String? {
        clouds.last(where: { $0.source == .environment })?.name
    }

    /// The name of the cloud ``select(_:regionName:)`` resolves (see the type's discussion).
    ///
    /// - Parameter name: The name chosen explicitly, such as the CLI's `--os-cloud`; `nil` or
    ///   empty when none was.
    /// - Throws: ``CloudConfigError/unknownCloud(name:selectedBy:available:)``,
    ///   ``CloudConfigError/noCloudSelected(available:)`` or ``CloudConfigError/noClouds(searched:)``.
    public func selectedName(_ name: String? = nil) throws(CloudConfigError) -> String {
        if let name, !name.isEmpty {
            guard cloudNames.contains(name) else { throw unknownCloud(name, selectedBy: nil) }
            return name
        }
        if let name = sources.variable("OS_CLOUD") {
            guard cloudNames.contains(name) else { throw unknownCloud(name, selectedBy: .environment("OS_CLOUD")) }
            return name
        }
        if let environmentCloudName { return environmentCloudName }
        guard !clouds.isEmpty else { throw .noClouds(searched: searchDirectories) }
        guard clouds.count == 1, let only = clouds.first else { throw .noCloudSelected(available: cloudNames) }
        return only.name
    }

    /// The cloud a command acts on, with the `OS_*` variables laid over it as python-openstackclient
    /// does.
    ///
    /// - Parameters:
    ///   - name: The cloud chosen explicitly (`--os-cloud`); `nil` to fall back to `OS_CLOUD` and
    ///     the defaults.
    ///   - regionName: The region chosen explicitly (`--os-region-name`); `nil` to use
    ///     `OS_REGION_NAME`, else `region_name`, else the first of `regions`.
    /// - Throws: ``CloudConfigError`` naming the file, line and key of whatever is missing or wrong.
    public func select(_ name: String? = nil, regionName: String? = nil) throws(CloudConfigError) -> CloudProfile {
        try resolve(selectedName(name), regionName: regionName, applyingEnvironment: true)
    }

    /// A cloud exactly as its files (or, for the environment's cloud, its variables) describe it,
    /// without `OS_*` overrides: for listing every cloud, as a multi-cloud view does.
    ///
    /// - Throws: ``CloudConfigError/unknownCloud(name:selectedBy:available:)`` for an unknown name,
    ///   and the errors of ``select(_:regionName:)``.
    public func profile(named name: String, regionName: String? = nil) throws(CloudConfigError) -> CloudProfile {
        guard cloudNames.contains(name) else { throw unknownCloud(name, selectedBy: nil) }
        return try resolve(name, regionName: regionName, applyingEnvironment: false)
    }

    private func unknownCloud(_ name: String, selectedBy: SourceLocation?) -> CloudConfigError {
        guard !clouds.isEmpty else { return .noClouds(searched: searchDirectories) }
        return .unknownCloud(name: name, selectedBy: selectedBy, available: cloudNames)
    }
}
