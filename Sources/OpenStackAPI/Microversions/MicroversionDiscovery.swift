public import Foundation
import Logging
import OutboundHTTP

/// Reads a service's version document and negotiates the microversion.
///
/// Where the document lives differs by service and deployment, so the endpoint's path is taken
/// apart rather than assumed: the last segment shaped like `v2.1` or `v3` is the API version, and
/// anything after it (Cinder's project id) is dropped. Nova answers `GET /v2.1` with
/// `{"version": {…}}` (Compute API reference, "Show Details of Specific API Version"); Cinder
/// answers `GET /v3` with `{"versions": [{…}]}` (Block Storage reference, "Show API v3 details");
/// both answer the service root with the list of all versions (status 200 or 300), which is
/// tried second.
public enum MicroversionDiscovery {
    /// Discovers the cloud's range and negotiates a version.
    ///
    /// A cloud that announces no microversions (empty `version`), or whose version document cannot
    /// be found or read, gets the base version (2.1 or 3.0) and no version header.
    ///
    /// - Throws: ``OpenStackError/transport(_:)`` when the service cannot be reached;
    ///   ``OpenStackError/noCommonMicroversion(service:cloudMinimum:cloudMaximum:clientMaximum:)``.
    public static func discover(service: ServiceType, endpoint: URL, context: APIContext) async throws
        -> NegotiatedMicroversion
    {
        let caller = ServiceCaller(
            context: context, service: service, baseURL: endpoint, tokens: nil, microversion: nil)
        for candidate in documentURLs(endpoint: endpoint) {
            let response: TransportResponse
            do {
                response = try await caller.sendRaw(.get, url: candidate)
            } catch let error as OpenStackError {
                if case .transport = error { throw error }
                continue
            }
            guard response.status == 200 || response.status == 300,
                let entry = versionEntry(in: response.body, wantedID: versionSegment(of: endpoint))
            else { continue }
            return try MicroversionNegotiation.negotiate(
                service: service,
                cloudMinimum: entry["min_version"]?.stringValue.flatMap(Microversion.init),
                cloudMaximum: entry["version"]?.stringValue.flatMap(Microversion.init)
            )
        }
        context.logger.debug(
            "no readable version document; using the base microversion",
            metadata: ["openstack.service": "\(service.rawValue)"])
        return .base(for: service)
    }

    /// Where to look, most specific first.
    static func documentURLs(endpoint: URL) -> [URL] {
        guard var components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false) else { return [] }
        components.query = nil
        components.fragment = nil
        let segments = components.path.split(separator: "/").map(String.init)
        guard let versionIndex = segments.lastIndex(where: isVersionSegment) else {
            return [endpoint]
        }
        let prefix = segments[..<versionIndex]
        let versioned = segments[...versionIndex]
        var urls: [URL] = []
        components.path = "/" + versioned.joined(separator: "/")
        if let url = components.url { urls.append(url) }
        components.path = "/" + prefix.joined(separator: "/") + (prefix.isEmpty ? "" : "/")
        if let url = components.url { urls.append(url) }
        return urls
    }

    static func isVersionSegment(_ segment: String) -> Bool {
        segment.range(of: "^v[0-9]+(\\.[0-9]+)?$", options: .regularExpression) != nil
    }

    static func versionSegment(of endpoint: URL) -> String? {
        endpoint.path.split(separator: "/").map(String.init).last(where: isVersionSegment)
    }

    /// The entry for our API version out of any of the three document shapes.
    static func versionEntry(in body: Data, wantedID: String?) -> [String: JSONValue]? {
        guard let document = try? JSONDecoder().decode(JSONValue.self, from: body) else { return nil }
        if let single = document["version"]?.objectValue { return single }
        let list: [JSONValue]
        switch document["versions"] {
        case .array(let values): list = values
        case .object(let members): if case .array(let values) = members["values"] { list = values } else { return nil }
        default: return nil
        }
        let entries = list.compactMap(\.objectValue)
        let wanted = wantedID.flatMap(Microversion.init)
        func matches(_ entry: [String: JSONValue], exact: Bool) -> Bool {
            guard let id = entry["id"]?.stringValue.flatMap(Microversion.init), let wanted else { return false }
            return exact ? id == wanted : id.major == wanted.major
        }
        return entries.first { matches($0, exact: true) }
            ?? entries.filter { matches($0, exact: false) }.max { maximumOf($0) < maximumOf($1) }
            ?? (wanted == nil && entries.count == 1 ? entries.first : nil)
    }

    private static func maximumOf(_ entry: [String: JSONValue]) -> Microversion {
        entry["version"]?.stringValue.flatMap(Microversion.init) ?? Microversion(0, 0)
    }
}
