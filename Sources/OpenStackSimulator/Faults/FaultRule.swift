/// A fault to inject into requests whose method and path match: an error status, a slow
/// response, or no response at all. Rules apply to the service APIs, never to `/_simulator`.
///
/// Over HTTP (`POST /_simulator/faults`) a rule is a JSON object:
/// `{"method": "GET", "path_prefix": "/compute/v2.1/servers", "status": 503, "count": 2}`,
/// with `"delay_ms": 800` or `"hang": true` in place of `status`.
public struct FaultRule: Sendable, Hashable, Codable {
    /// What happens to a matching request.
    public enum Effect: Sendable, Hashable {
        /// Answer with this HTTP status and the body that service (or its load balancer) sends.
        case status(Int)
        /// Answer normally after this extra real-time delay.
        case delay(Duration)
        /// Never answer (the connection stays open until the client gives up or the server stops).
        case hang
    }

    /// HTTP method to match, upper case; `nil` matches every method.
    public var method: String?
    /// Path prefix to match, such as `/compute/v2.1/servers`; `/` matches every path.
    public var pathPrefix: String
    /// What to do.
    public var effect: Effect
    /// How many more matching requests the rule applies to; `nil` means all of them.
    public var count: Int?

    /// Creates a rule.
    public init(method: String? = nil, pathPrefix: String = "/", effect: Effect, count: Int? = nil) {
        self.method = method?.uppercased()
        self.pathPrefix = pathPrefix
        self.effect = effect
        self.count = count
    }

    /// Whether the rule applies to a request.
    func matches(method requestMethod: String, path: String) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
        if let count, count <= 0 { return false }
        return path.hasPrefix(pathPrefix)
    }

    private enum CodingKeys: String, CodingKey {
        case method, count, status, hang
        case pathPrefix = "path_prefix"
        case delayMilliseconds = "delay_ms"
    }

    /// Decodes the JSON form described on the type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        method = try container.decodeIfPresent(String.self, forKey: .method)?.uppercased()
        pathPrefix = try container.decodeIfPresent(String.self, forKey: .pathPrefix) ?? "/"
        count = try container.decodeIfPresent(Int.self, forKey: .count)
        if let status = try container.decodeIfPresent(Int.self, forKey: .status) {
            guard (100...599).contains(status) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .status, in: container, debugDescription: "status must be between 100 and 599")
            }
            effect = .status(status)
        } else if let milliseconds = try container.decodeIfPresent(Int.self, forKey: .delayMilliseconds) {
            effect = .delay(.milliseconds(max(milliseconds, 0)))
        } else if try container.decodeIfPresent(Bool.self, forKey: .hang) == true {
            effect = .hang
        } else {
            throw DecodingError.dataCorruptedError(
                forKey: .status, in: container, debugDescription: "a rule needs status, delay_ms or hang")
        }
    }

    /// Encodes the JSON form described on the type.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(method, forKey: .method)
        try container.encode(pathPrefix, forKey: .pathPrefix)
        try container.encodeIfPresent(count, forKey: .count)
        switch effect {
        case .status(let status): try container.encode(status, forKey: .status)
        case .delay(let delay):
            try container.encode(Int((delay.inSeconds * 1000).rounded()), forKey: .delayMilliseconds)
        case .hang: try container.encode(true, forKey: .hang)
        }
    }
}
