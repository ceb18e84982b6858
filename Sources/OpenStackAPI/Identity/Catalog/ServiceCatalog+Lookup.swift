import Foundation

extension ServiceCatalog {
    /// The endpoint of `service` for `interface`, in `region` when given.
    ///
    /// Catalog types are tried in the order of ``ServiceType/catalogTypes`` (so a Cinder listed as
    /// both `block-storage` and `volume` resolves to `block-storage`). Without a region the first
    /// matching endpoint wins, as keystoneauth does.
    ///
    /// - Throws: ``OpenStackError/endpointNotFound(_:)`` naming what the catalog does offer.
    public func endpoint(for service: ServiceType, interface: EndpointInterface = .public, region: String? = nil) throws
        -> ServiceEndpoint
    {
        func notFound(_ reason: EndpointNotFound.Reason) -> OpenStackError {
            .endpointNotFound(EndpointNotFound(service: service, interface: interface, region: region, reason: reason))
        }
        let candidates = service.catalogTypes.flatMap { type in services.filter { $0.type == type } }
        guard !candidates.isEmpty else {
            throw notFound(.serviceMissing(availableTypes: services.map(\.type)))
        }
        let endpoints = candidates.flatMap { entry in entry.endpoints.map { (entry.type, $0) } }
        let onInterface = endpoints.filter { $0.1.interface == interface.rawValue }
        guard !onInterface.isEmpty else {
            throw notFound(.interfaceMissing(availableInterfaces: Array(Set(endpoints.map(\.1.interface)))))
        }
        let inRegion =
            region.map { region in onInterface.filter { $0.1.regionName == region || $0.1.region == region } }
            ?? onInterface
        guard let (type, chosen) = inRegion.first else {
            throw notFound(.regionMissing(availableRegions: Array(Set(onInterface.compactMap(\.1.regionName)))))
        }
        guard let url = URL(string: chosen.url), url.scheme != nil, url.host != nil else {
            throw notFound(.invalidURL(chosen.url))
        }
        return ServiceEndpoint(
            service: service, catalogType: type, interface: interface, region: chosen.regionName, url: url)
    }
}
