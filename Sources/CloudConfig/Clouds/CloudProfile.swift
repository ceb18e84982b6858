public import Foundation

/// Everything Exosphere needs to connect to one cloud in one region, resolved from clouds.yaml,
/// secure.yaml, clouds-public.yaml and the environment.
///
/// Get one from ``CloudCatalogue/select(_:regionName:)`` (the cloud a command acts on, with `OS_*`
/// overrides) or ``CloudCatalogue/profile(named:regionName:)`` (a cloud exactly as its files say).
///
/// `Codable` for one use: a hosted session's clouds, encoded together with their secrets only
/// into the record sealed with the key its browser's cookie carries.
public struct CloudProfile: Sendable, Hashable, Codable {
    /// The cloud's name: its key under `clouds:`, or `envvars` (or `OS_CLOUD_NAME`) for the environment.
    public var name: String
    /// How to authenticate.
    public var auth: CloudAuth
    /// The Identity service's URL, such as `https://keystone.example.org:5000/v3` (`auth.auth_url`).
    public var authURL: URL
    /// The region to use (`region_name`, else the first of `regions`); `nil` lets the service
    /// catalogue decide.
    public var regionName: String?
    /// Every region the configuration lists (`regions`, or a comma-separated `region_name`).
    public var regions: [String]
    /// Which catalogue endpoints to call (`interface`, legacy `endpoint_type`); `public` by default.
    public var interface: EndpointInterface
    /// The Compute API version asked for (`compute_api_version`), such as `2` or the microversion
    /// `2.79`; `nil` lets Exosphere negotiate.
    public var computeAPIVersion: String?
    /// The Block Storage API version asked for (`volume_api_version`), such as `3`; `nil` lets
    /// Exosphere negotiate.
    public var volumeAPIVersion: String?
    /// How long to wait for an API response (`api_timeout`, in seconds); `nil` means no limit was set.
    public var apiTimeout: Duration?
    /// Whether to check the server's TLS certificate (`verify`, turned off by `insecure`).
    public var verifyTLS: Bool
    /// A CA bundle to trust, with `~` expanded (`cacert`, `OS_CACERT`).
    public var caCertificatePath: String?
    /// The file or environment the cloud was defined in.
    public var source: CloudSource
    /// The `OS_*` variables laid over the cloud's files by ``CloudCatalogue/select(_:regionName:)``,
    /// sorted by name; empty for the environment's own cloud. Worth showing with `--debug`: a
    /// forgotten openrc is a common reason for a surprising login.
    public var environmentOverrides: [String]

    /// Creates a profile; meant for tests and for clouds configured by other means.
    public init(
        name: String, auth: CloudAuth, authURL: URL, regionName: String? = nil, regions: [String] = [],
        interface: EndpointInterface = .public, computeAPIVersion: String? = nil, volumeAPIVersion: String? = nil,
        apiTimeout: Duration? = nil, verifyTLS: Bool = true, caCertificatePath: String? = nil,
        source: CloudSource, environmentOverrides: [String] = []
    ) {
        self.name = name
        self.auth = auth
        self.authURL = authURL
        self.regionName = regionName
        self.regions = regions
        self.interface = interface
        self.computeAPIVersion = computeAPIVersion
        self.volumeAPIVersion = volumeAPIVersion
        self.apiTimeout = apiTimeout
        self.verifyTLS = verifyTLS
        self.caCertificatePath = caCertificatePath
        self.source = source
        self.environmentOverrides = environmentOverrides
    }
}
