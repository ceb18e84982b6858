import Foundation

/// Files from `Fixtures/` (copied into the test bundle).
enum Fixtures {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "no fixture named \(name)" }
    }

    static func text(_ name: String) throws -> String {
        guard let root = Bundle.module.resourceURL else { throw Missing(name: name) }
        let url = root.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: name) }
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}
