import Foundation
import Synchronization

/// Our own CSS and JavaScript, served from memory (from disk on each request in dev mode).
final class StaticAssets: Sendable {
    /// The files that exist, with their media types; nothing else is served.
    static let types = ["app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"]

    let directory: URL
    let reloads: Bool
    private let cache = Mutex<[String: Data]>([:])

    init(directory: URL, reloads: Bool) {
        self.directory = directory
        self.reloads = reloads
    }

    /// The file's bytes and media type, or `nil` for a name not in ``types``.
    func file(_ name: String) -> (data: Data, type: String)? {
        guard let type = Self.types[name] else { return nil }
        if !reloads, let cached = cache.withLock({ $0[name] }) { return (cached, type) }
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
        cache.withLock { $0[name] = data }
        return (data, type)
    }
}
