import Foundation

/// Loads files from `Fixtures/` (copied into the test bundle).
enum Fixtures {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "no fixture named \(name)" }
    }

    static func url(_ name: String) throws -> URL {
        guard let root = Bundle.module.resourceURL else { throw Missing(name: name) }
        let url = root.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: name) }
        return url
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    /// A fixture with `{{name}}` placeholders filled in.
    static func data(_ name: String, filling values: [String: String]) throws -> Data {
        var text = try text(name)
        for (key, value) in values {
            text = text.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return Data(text.utf8)
    }

    static func json(_ name: String) throws -> JSON {
        try JSON.parse(data(name))
    }
}
