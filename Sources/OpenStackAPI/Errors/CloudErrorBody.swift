import Foundation

/// Reads the cloud's own explanation out of an error body, whatever the service's format.
///
/// Formats handled (API references, "Errors" sections):
/// - Keystone: `{"error": {"code": 404, "title": "Not Found", "message": "…"}}`
/// - Nova and Cinder: one key naming the fault, `{"itemNotFound": {"code": 404, "message": "…"}}`
/// - Neutron: `{"NeutronError": {"type": "NetworkNotFound", "message": "…", "detail": ""}}`
/// - Glance and other WebOb services: plain text `404 Not Found\n\nmessage\n\n`, an HTML page, or
///   WebOb's JSON `{"code": "404 Not Found", "title": "Not Found", "message": "…"}`
/// - Placement-style `{"errors": [{"title": "…", "detail": "…"}]}`
/// - anything else: a short excerpt of the text.
struct CloudErrorBody: Sendable, Hashable {
    /// The explanation, trimmed and at most ``maximumLength`` characters.
    var message: String?
    /// The fault's name when the format has one (`itemNotFound`, `NetworkNotFound`, a title).
    var type: String?

    static let maximumLength = 400

    init(message: String?, type: String?) {
        self.message = message.map(Self.tidy).flatMap { $0.isEmpty ? nil : $0 }
        self.type = type
    }

    init(body: Data) {
        if let json = try? JSONDecoder().decode(JSONValue.self, from: body), case .object(let members) = json {
            self =
                Self.parse(members) ?? Self(message: Self.plainText(String(decoding: body, as: UTF8.self)), type: nil)
        } else {
            self.init(message: Self.plainText(String(decoding: body, as: UTF8.self)), type: nil)
        }
    }

    private static func parse(_ members: [String: JSONValue]) -> CloudErrorBody? {
        if let neutron = members["NeutronError"] {
            if case .string(let text) = neutron { return CloudErrorBody(message: text, type: nil) }
            let detail = neutron["detail"]?.stringValue ?? ""
            let message = [neutron["message"]?.stringValue, detail.isEmpty ? nil : detail].compactMap { $0 }
            return CloudErrorBody(message: message.joined(separator: " "), type: neutron["type"]?.stringValue)
        }
        if let keystone = members["error"]?.objectValue {
            return CloudErrorBody(message: keystone["message"]?.stringValue, type: keystone["title"]?.stringValue)
        }
        if case .array(let errors) = members["errors"], let first = errors.first {
            return CloudErrorBody(
                message: first["detail"]?.stringValue ?? first["title"]?.stringValue,
                type: first["code"]?.stringValue ?? first["title"]?.stringValue
            )
        }
        if let message = members["message"]?.stringValue {
            return CloudErrorBody(message: plainText(message), type: members["title"]?.stringValue)
        }
        // Nova and Cinder wrap the fault in an object named after it.
        if members.count == 1, let (name, fault) = members.first, let message = fault["message"]?.stringValue {
            return CloudErrorBody(message: message, type: name)
        }
        return nil
    }

    /// Strips HTML, drops a leading status line such as `404 Not Found` and joins the rest.
    static func plainText(_ text: String) -> String {
        var text = text
        if let headStart = text.range(of: "<head>", options: .caseInsensitive),
            let headEnd = text.range(of: "</head>", options: .caseInsensitive),
            headStart.upperBound <= headEnd.lowerBound
        {
            text.removeSubrange(headStart.lowerBound..<headEnd.upperBound)
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .filter { $0.range(of: "^[1-5][0-9][0-9] [A-Za-z ]+$", options: .regularExpression) == nil }
        return lines.joined(separator: " ")
    }

    private static func tidy(_ text: String) -> String {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard collapsed.count > maximumLength else { return collapsed }
        return String(collapsed.prefix(maximumLength)) + "…"
    }
}
