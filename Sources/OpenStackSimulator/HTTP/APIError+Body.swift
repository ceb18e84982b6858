/// Error bodies, exactly in each service's format.
extension APIError {
    /// Content type and body for this error as `service` writes it.
    func rendered(by service: ServiceKind, acceptsJSON: Bool) -> (contentType: String, body: [UInt8]) {
        switch service {
        case .identity, .control:
            // Identity API ref, "Authentication and token management": errors are
            // {"error": {"code", "message", "title"}}.
            return ("application/json", keystoneBody.serialized)
        case .compute, .volume:
            if status == 401 { return ("application/json", keystoneBody.serialized) }
            // Compute API ref, "Faults": {"<faultName>": {"code", "message"}}; Cinder shares the format.
            let fault: JSON = [Self.faultName(status): ["code": .int(status), "message": .string(message)]]
            return ("application/json", fault.serialized)
        case .network:
            if status == 401 { return ("application/json", keystoneBody.serialized) }
            // Networking API ref, "Faults": {"NeutronError": {"type", "message", "detail"}}.
            let fault: JSON = [
                "NeutronError": [
                    "type": .string(neutronType ?? "NeutronError"), "message": .string(message), "detail": "",
                ]
            ]
            return ("application/json", fault.serialized)
        case .image:
            if status == 401 { return ("application/json", keystoneBody.serialized) }
            // Glance answers through webob: JSON {"message", "code": "404 Not Found", "title"} when the
            // client accepts JSON, otherwise plain text.
            let code = "\(status) \(Self.reason(status))"
            if acceptsJSON {
                let body: JSON = [
                    "message": .string(message + "<br /><br />\n\n\n"), "code": .string(code),
                    "title": .string(Self.reason(status)),
                ]
                return ("application/json", body.serialized)
            }
            return ("text/plain; charset=UTF-8", Array("\(code)\n\n\(message)\n\n   ".utf8))
        }
    }

    private var keystoneBody: JSON {
        ["error": ["code": .int(status), "message": .string(message), "title": .string(Self.reason(status))]]
    }

    /// nova/api/openstack/wsgi.py `Fault._fault_names`; anything else is `computeFault`.
    static func faultName(_ status: Int) -> String {
        switch status {
        case 400: "badRequest"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "itemNotFound"
        case 405: "badMethod"
        case 409: "conflictingRequest"
        case 413, 429: "overLimit"
        case 415: "badMediaType"
        case 501: "notImplemented"
        case 503: "serviceUnavailable"
        default: "computeFault"
        }
    }

    /// The HTTP reason phrase.
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 300: "Multiple Choices"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 409: "Conflict"
        case 413: "Request Entity Too Large"
        case 415: "Unsupported Media Type"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Error"
        }
    }
}
