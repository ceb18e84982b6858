import Foundation
import OutboundHTTP

extension ComputeClient {
    private struct TenantUsagePage: Decodable {
        let usage: TenantUsage
        let links: [WireLink]?

        enum CodingKeys: String, CodingKey {
            case usage = "tenant_usage"
            case links = "tenant_usage_links"
        }
    }

    /// A project's usage over a period (`GET /os-simple-tenant-usage/{tenant_id}`), every page
    /// summed: since 2.40 the instances come in pages of `limit`, each page with its own totals,
    /// and a `tenant_usage_links` next link while more remain. Nova's default policy lets a
    /// project reader see their own project.
    ///
    /// - Throws: ``OpenStackError/paginationLoop(service:path:marker:)`` when the cloud repeats a
    ///   marker, ``OpenStackError/tooManyPages(service:path:limit:)`` after 1,000 pages.
    public func showTenantUsage(projectID: String, _ query: TenantUsageQuery) async throws -> TenantUsage {
        let path = ["os-simple-tenant-usage", projectID]
        let shownPath = (try? caller.url(path).path) ?? path.joined(separator: "/")
        var total = TenantUsage()
        var pending: [QueryItem]? = query.items
        var markers: Set<String> = []
        var pages = 0
        while let pageQuery = pending {
            guard pages < 1000 else { throw OpenStackError.tooManyPages(service: .compute, path: shownPath, limit: 1000) }
            pages += 1
            let page = try await caller.json(TenantUsagePage.self, .get, path, query: pageQuery)
            total = total.adding(page.usage)
            pending = nil
            if let next = page.links?.first(where: { $0.rel == "next" }) {
                // Nova writes the link form-encoded (`start=2016-10-12+18%3A22%3A04`): `+` is a space.
                let nextQuery = URLEncoding.queryItems(of: next.href).map {
                    QueryItem($0.name, $0.value.replacingOccurrences(of: "+", with: " "))
                }
                let marker = nextQuery.first { $0.name == "marker" }?.value ?? URLEncoding.query(nextQuery)
                guard !nextQuery.isEmpty else { break }
                guard markers.insert(marker).inserted else {
                    throw OpenStackError.paginationLoop(service: .compute, path: shownPath, marker: marker)
                }
                pending = nextQuery
            }
        }
        return total
    }
}
