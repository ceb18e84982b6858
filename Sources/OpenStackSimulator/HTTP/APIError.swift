/// An error answer. Each service renders it its own way (see `APIError+Body.swift`).
struct APIError: Error, Sendable {
    var status: Int
    var message: String
    /// Neutron's exception class name (`NetworkNotFound`), shown as `NeutronError.type`.
    var neutronType: String?
    /// Extra response headers.
    var headers: [(String, String)] = []

    init(_ status: Int, _ message: String, neutronType: String? = nil) {
        self.status = status
        self.message = message
        self.neutronType = neutronType
    }

    static func badRequest(_ message: String, neutronType: String = "BadRequest") -> APIError {
        APIError(400, message, neutronType: neutronType)
    }

    static func forbidden(_ message: String, neutronType: String = "PolicyNotAuthorized") -> APIError {
        APIError(403, message, neutronType: neutronType)
    }

    static func notFound(_ message: String, neutronType: String = "NotFound") -> APIError {
        APIError(404, message, neutronType: neutronType)
    }

    static func conflict(_ message: String, neutronType: String = "Conflict") -> APIError {
        APIError(409, message, neutronType: neutronType)
    }

    /// keystonemiddleware's answer to a missing, expired or revoked token, sent by every service.
    static let unauthorized = APIError(401, "The request you have made requires authentication.")
}
