import Foundation

/// The JSON coders every client uses: OpenStack timestamps in, `…Z` timestamps out.
enum JSONCoding {
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = OpenStackDate.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(text)\" is not an ISO 8601 timestamp")
            }
            return date
        }
        return decoder
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(OpenStackDate.format(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A dotted path such as `servers[3].flavor.ram` for a decoding error's position.
    static func fieldPath(_ codingPath: [any CodingKey], appending key: (any CodingKey)? = nil) -> String {
        var path = ""
        for component in codingPath + (key.map { [$0] } ?? []) {
            if let index = component.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? component.stringValue : "." + component.stringValue
            }
        }
        return path.isEmpty ? "(body)" : path
    }
}
