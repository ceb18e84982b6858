import Foundation
import OutboundHTTP

/// The pages of a collection, fetched one at a time as you iterate.
///
/// One mechanism serves every service: the first request carries the query's `limit` and
/// `marker`; after each page it follows the `next` link the service gave (Nova, Cinder and
/// Neutron `*_links`, Glance `next`), whose query carries the filters, `limit` and the next
/// `marker`. Only the link's query is used, so a proxy that rewrites hosts in links cannot send
/// requests elsewhere; a page without a next link is the last. It stops
/// with ``OpenStackError/paginationLoop(service:path:marker:)`` if a cloud hands out the same
/// marker twice and with ``OpenStackError/tooManyPages(service:path:limit:)`` after
/// ``maximumPages`` pages.
///
/// ```swift
/// for try await page in compute.servers(ServerListQuery(limit: 100)) {
///     print(page.count)
/// }
/// let everything = try await compute.servers().all()
/// ```
public struct PagedSequence<Item: Sendable>: AsyncSequence, Sendable {
    /// Each element is one page of items.
    public typealias Element = [Item]

    struct Page: Sendable {
        var items: [Item]
        var next: String?
    }

    let service: ServiceType
    let path: String
    let firstQuery: [QueryItem]
    let fetch: @Sendable ([QueryItem]) async throws -> Page
    /// The most pages fetched before giving up; 1,000 by default.
    public let maximumPages: Int

    init(
        service: ServiceType,
        path: String,
        query: [QueryItem],
        maximumPages: Int = 1000,
        fetch: @escaping @Sendable ([QueryItem]) async throws -> Page
    ) {
        self.service = service
        self.path = path
        self.firstQuery = query
        self.maximumPages = maximumPages
        self.fetch = fetch
    }

    /// The same sequence with another page cap.
    public func maximumPages(_ pages: Int) -> PagedSequence {
        PagedSequence(service: service, path: path, query: firstQuery, maximumPages: Swift.max(1, pages), fetch: fetch)
    }

    /// Fetches every page and returns all items in order.
    public func all() async throws -> [Item] {
        var items: [Item] = []
        for try await page in self {
            items += page
        }
        return items
    }

    /// Starts fetching from the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Fetches pages one by one.
    public struct Iterator: AsyncIteratorProtocol {
        private let sequence: PagedSequence
        private var pending: [QueryItem]?
        private var seenMarkers: Set<String> = []
        private var pagesFetched = 0

        init(sequence: PagedSequence) {
            self.sequence = sequence
            self.pending = sequence.firstQuery
        }

        /// The next page, or `nil` after the last one.
        public mutating func next() async throws -> [Item]? {
            guard let query = pending else { return nil }
            guard pagesFetched < sequence.maximumPages else {
                pending = nil
                throw OpenStackError.tooManyPages(
                    service: sequence.service, path: sequence.path, limit: sequence.maximumPages)
            }
            pagesFetched += 1
            let page = try await sequence.fetch(query)
            pending = try nextQuery(after: page, current: query)
            return page.items
        }

        private mutating func nextQuery(after page: Page, current: [QueryItem]) throws -> [QueryItem]? {
            guard let link = page.next else { return nil }
            let next = URLEncoding.queryItems(of: link)
            if next.isEmpty { return nil }
            let marker = next.first { $0.name == "marker" }?.value ?? URLEncoding.query(next)
            guard next != current, seenMarkers.insert(marker).inserted else {
                pending = nil
                throw OpenStackError.paginationLoop(service: sequence.service, path: sequence.path, marker: marker)
            }
            return next
        }
    }
}

extension ServiceCaller {
    /// A paged listing of `path`, with items under `key`.
    func paged<Item: Decodable & Sendable>(
        _ type: Item.Type,
        key: String,
        path: [String],
        query: [QueryItem]
    ) -> PagedSequence<Item> {
        let caller = self
        let shownPath = (try? url(path).path) ?? path.joined(separator: "/")
        return PagedSequence(service: service, path: shownPath, query: query) { pageQuery in
            let response = try await caller.send(.get, path, query: pageQuery)
            let envelope = try caller.decodeEnveloped(
                ListEnvelope<Item>.self, key: key, from: response, method: .get, path: path)
            return PagedSequence.Page(items: envelope.items, next: envelope.next)
        }
    }
}
