import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an id that its log lines carry (`request_id`) and its response returns
/// (`X-Request-ID`): the one the load balancer sent, when it is a plain token of at most 128
/// characters, else a new one. A person reporting a problem can quote it; an operator finds
/// every line of that request on every replica's log.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The header, as load balancers and proxies name it (a valid name: never `nil`).
    static let header = HTTPField.Name("X-Request-ID")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = Self.header else { return try await next(request, context) }
        let id = request.headers[header].flatMap(Self.acceptable) ?? UUID().uuidString.lowercased()
        var context = context
        context.logger[metadataKey: "request_id"] = .string(id)
        do {
            var response = try await next(request, context)
            response.headers[header] = id
            return response
        } catch var error as HTTPError {
            error.headers[header] = id
            throw error
        }
    }

    /// `given` when it is safe to echo and log: 1 to 128 ASCII letters, digits, `-`, `_`, `.`, `:`.
    static func acceptable(_ given: String) -> String? {
        guard (1...128).contains(given.utf8.count), given.utf8.allSatisfy({ byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): true
            default: false
            }
        }) else { return nil }
        return given
    }
}
