import Localization

/// Why the service catalog gave no endpoint, naming what it does offer.
public struct EndpointNotFound: Sendable, Hashable {
    /// The part of the lookup that failed.
    public enum Reason: Sendable, Hashable {
        /// No catalog entry has any of the service's types; the value lists the types present.
        case serviceMissing(availableTypes: [String])
        /// The service has no endpoint with the interface asked for; the value lists those present.
        case interfaceMissing(availableInterfaces: [String])
        /// The service has no endpoint in the region asked for; the value lists regions that have one.
        case regionMissing(availableRegions: [String])
        /// The endpoint's URL could not be parsed.
        case invalidURL(String)
    }

    /// The service looked up.
    public var service: ServiceType
    /// The interface asked for.
    public var interface: EndpointInterface
    /// The region asked for, if any.
    public var region: String?
    /// What failed.
    public var reason: Reason

    /// Creates a failure record.
    public init(service: ServiceType, interface: EndpointInterface, region: String?, reason: Reason) {
        self.service = service
        self.interface = interface
        self.region = region
        self.reason = reason
    }

    private func arguments(_ extra: [String: String]) -> [String: String] {
        [
            "service": service.displayName, "types": service.catalogTypes.joined(separator: ", "),
            "interface": interface.rawValue, "region": region ?? "any",
        ].merging(extra) { _, new in new }
    }

    var message: LocalizableMessage {
        switch reason {
        case .serviceMissing(let types):
            LocalizableMessage(
                "The cloud's service catalog has no {service} service (looked for type {types}); it offers: {available}.",
                arguments(["available": Self.list(types)])
            )
        case .interfaceMissing(let interfaces):
            LocalizableMessage(
                "The {service} service has no {interface} endpoint; it offers: {available}.",
                arguments(["available": Self.list(interfaces)])
            )
        case .regionMissing(let regions):
            LocalizableMessage(
                "The {service} service has no {interface} endpoint in region {region}; regions with one: {available}.",
                arguments(["available": Self.list(regions)])
            )
        case .invalidURL(let url):
            LocalizableMessage(
                "The {service} endpoint in the service catalog is not a valid URL: {url}",
                arguments(["url": url])
            )
        }
    }

    var recovery: LocalizableMessage? {
        switch reason {
        case .serviceMissing:
            LocalizableMessage(
                "This cloud, or this project, does not offer the service; choose another cloud or project.")
        case .interfaceMissing:
            LocalizableMessage("Set interface in clouds.yaml to one of the interfaces offered.")
        case .regionMissing:
            LocalizableMessage("Set region_name in clouds.yaml to one of the regions listed.")
        case .invalidURL:
            LocalizableMessage("Tell the cloud's operators; their service catalog is misconfigured.")
        }
    }

    private static func list(_ values: [String]) -> String {
        values.isEmpty ? "nothing" : values.sorted().joined(separator: ", ")
    }
}
