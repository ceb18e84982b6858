import Foundation
import Localization
public import OutboundHTTP

/// A response that arrived but could not be read.
public struct DecodingFailure: Sendable, Hashable {
    /// What was wrong with the response.
    public enum Problem: Sendable, Hashable {
        /// A required field was absent.
        case missingField
        /// A field was `null` where a value was required.
        case nullField
        /// A field had another JSON type; the associated value names the type expected.
        case wrongType(expected: String)
        /// A field had a value that could not be used (a malformed date, for instance).
        case invalidValue(String)
        /// A number that does not fit where it stands: `1e308` or `1.5` for a count.
        case unusableNumber
        /// The body was not JSON at all.
        case notJSON
        /// A required response header was missing.
        case missingHeader
    }

    /// The service that answered.
    public var service: ServiceType
    /// The HTTP method of the request.
    public var method: TransportRequest.Method
    /// The URL path of the request.
    public var path: String
    /// The field that failed, as a dotted path such as `servers[3].flavor.ram`, or a header name.
    public var field: String
    /// What was wrong.
    public var problem: Problem
    /// The OpenStack request id of the response.
    public var requestID: String?

    /// Creates a failure record.
    public init(
        service: ServiceType,
        method: TransportRequest.Method,
        path: String,
        field: String,
        problem: Problem,
        requestID: String? = nil
    ) {
        self.service = service
        self.method = method
        self.path = path
        self.field = field
        self.problem = problem
        self.requestID = requestID
    }

    var message: LocalizableMessage {
        var arguments = [
            "service": service.displayName, "method": method.rawValue, "path": path, "field": field,
        ]
        let template: String
        switch problem {
        case .missingField:
            template = "{service} answered {method} {path} without the field {field}."
        case .nullField:
            template = "{service} answered {method} {path} with an empty (null) field {field}."
        case .wrongType(let expected):
            arguments["expected"] = expected
            template = "{service} answered {method} {path} with a field {field} that is not {expected}."
        case .invalidValue(let detail):
            arguments["detail"] = detail
            template = "{service} answered {method} {path} with an unusable value in field {field}: {detail}"
        case .unusableNumber:
            template =
                "{service} answered {method} {path} with a number that does not fit its field (too large, or a fraction where a whole number belongs)."
        case .notJSON:
            template = "{service} answered {method} {path} with a body that is not valid JSON."
        case .missingHeader:
            template = "{service} answered {method} {path} without the {field} header."
        }
        return LocalizableMessage(template, arguments)
    }

    var recovery: LocalizableMessage? {
        LocalizableMessage(
            "This cloud's API differs from what Exosphere expects; please report it, quoting request id {request_id}.",
            ["request_id": requestID ?? "none"]
        )
    }
}

extension DecodingFailure {
    /// Translates Foundation's `DecodingError` for `body` into a field path and a problem.
    init(
        service: ServiceType, method: TransportRequest.Method, path: String, error: DecodingError, body: Data,
        requestID: String?
    ) {
        let field: String
        let problem: Problem
        switch error {
        case .keyNotFound(let key, let context):
            field = JSONCoding.fieldPath(context.codingPath, appending: key)
            problem = .missingField
        case .valueNotFound(let type, let context):
            field = JSONCoding.fieldPath(context.codingPath)
            problem = type == JSONValue.self ? .missingField : .nullField
        case .typeMismatch(let type, let context):
            field = JSONCoding.fieldPath(context.codingPath)
            problem = .wrongType(expected: Self.jsonTypeName(type))
        case .dataCorrupted(let context):
            field = JSONCoding.fieldPath(context.codingPath)
            problem = context.codingPath.isEmpty ? Self.problem(unreadable: body) : Self.problem(corrupted: context.debugDescription)
        @unknown default:
            field = "(body)"
            problem = .notJSON
        }
        self.init(service: service, method: method, path: path, field: field, problem: problem, requestID: requestID)
    }

    // Foundation's decoder on Linux reports a number that does not fit its field (1e308, or 1.5
    // for a count) as a body that is not JSON, at no field; a body that does parse as JSON was
    // refused for such a number.
    private static func problem(unreadable body: Data) -> Problem {
        (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) == nil ? .notJSON : .unusableNumber
    }

    // Elsewhere it says so at the field: "Parsed JSON number <1e308> does not fit in Int.", which
    // names a Swift type. Exosphere's own decoders (timestamps) explain the value in plain words.
    private static func problem(corrupted description: String) -> Problem {
        let outOfRange = description.contains("does not fit in") || description.contains("not representable")
        return outOfRange ? .unusableNumber : .invalidValue(description)
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type, is Int64.Type: "a number"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
