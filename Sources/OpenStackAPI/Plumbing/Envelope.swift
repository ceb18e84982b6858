import Foundation
import OutboundHTTP

/// A coding key made at run time, for bodies wrapped in a resource-named key.
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A request body wrapped in its resource key: `{"server": {…}}`.
struct RequestEnvelope<Body: Encodable & Sendable>: Encodable, Sendable {
    let key: String
    let body: Body

    init(_ key: String, _ body: Body) {
        self.key = key
        self.body = body
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(body, forKey: DynamicKey(key))
    }
}

extension CodingUserInfoKey {
    /// The key that wraps a response (`server`, `servers`); set by ``ServiceCaller``.
    static let envelopeKey = CodingUserInfoKey(rawValue: "openstack.envelopeKey")
}

/// A response wrapped in its resource key: `{"server": {…}}`.
struct ResponseEnvelope<Value: Decodable>: Decodable {
    let value: Value

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicKey.self)
        value = try container.decode(Value.self, forKey: DynamicKey(try Self.key(in: decoder)))
    }

    static func key(in decoder: any Decoder) throws -> String {
        guard let infoKey = CodingUserInfoKey.envelopeKey, let key = decoder.userInfo[infoKey] as? String else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "no envelope key"))
        }
        return key
    }
}

/// A link as the services write it: `{"href": "…", "rel": "next"}`.
struct WireLink: Decodable, Sendable, Hashable {
    let href: String
    let rel: String?
}

/// One page of a collection: the items under the collection key, and where the next page is.
///
/// Nova, Cinder and Neutron put `"<key>_links": [{"rel": "next", "href": …}]` beside the items
/// (Compute API reference, "Paginated collections"; Networking API reference, "Pagination");
/// Glance puts `"next": "/v2/images?marker=…"`, relative to the endpoint (Image API reference,
/// "List images").
struct ListEnvelope<Item: Decodable>: Decodable {
    let items: [Item]
    let next: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicKey.self)
        let key = try ResponseEnvelope<Item>.key(in: decoder)
        items = try container.decode([Item].self, forKey: DynamicKey(key))
        let links = try container.decodeIfPresent([WireLink].self, forKey: DynamicKey(key + "_links")) ?? []
        next =
            try links.first { $0.rel == "next" }?.href
            ?? container.decodeIfPresent(String.self, forKey: DynamicKey("next"))
    }
}

extension ServiceCaller {
    /// Decodes a body wrapped in `key`.
    func unwrap<T: Decodable>(
        _ type: T.Type, key: String, from response: TransportResponse, method: TransportRequest.Method, path: [String]
    )
        throws -> T
    {
        try decodeEnveloped(ResponseEnvelope<T>.self, key: key, from: response, method: method, path: path).value
    }

    /// Sends and decodes a body wrapped in `key`.
    func unwrapped<T: Decodable>(
        _ type: T.Type,
        key: String,
        _ method: TransportRequest.Method,
        _ path: [String],
        query: [QueryItem] = [],
        body: (any Encodable & Sendable)? = nil
    ) async throws -> T {
        let response = try await send(method, path, query: query, body: body)
        return try unwrap(type, key: key, from: response, method: method, path: path)
    }

    func decodeEnveloped<T: Decodable>(
        _ type: T.Type, key: String, from response: TransportResponse, method: TransportRequest.Method, path: [String]
    ) throws -> T {
        let decoder = JSONCoding.decoder()
        if let infoKey = CodingUserInfoKey.envelopeKey { decoder.userInfo[infoKey] = key }
        do {
            return try decoder.decode(type, from: response.body)
        } catch let error as DecodingError {
            throw OpenStackError.decoding(
                DecodingFailure(
                    service: service, method: method, path: (try? url(path).path) ?? path.joined(separator: "/"),
                    error: error, body: response.body, requestID: response.requestID))
        }
    }
}
