/// Which of a service's catalogue endpoints to call (`interface` in clouds.yaml, `OS_INTERFACE`).
///
/// Identity API v3, "Service catalog and endpoints": every endpoint has an interface of `public`,
/// `internal` or `admin`.
public enum EndpointInterface: String, Sendable, Hashable, Codable, CaseIterable {
    /// The endpoint reachable from outside the cloud; the default.
    case `public`
    /// The endpoint on the cloud's internal network.
    case `internal`
    /// The administrative endpoint.
    case admin

    /// Reads a configured value; keystoneauth also accepts the old catalogue spellings such as
    /// `publicURL` (from `endpoint_type`), so they are accepted here too.
    init?(configured value: String) {
        let lowered = value.lowercased()
        let bare = lowered.hasSuffix("url") ? String(lowered.dropLast(3)) : lowered
        self.init(rawValue: bare)
    }
}
