public import Foundation
import Synchronization

/// Themes loaded from disk, each reloaded when one of its files changes: an operator's edit
/// shows on the next page load, with no rebuild and no restart.
///
/// A theme is cached with the modification times of every `theme.yaml` in its chain; each request
/// compares them (a few `stat` calls) before using the cache.
public final class ThemeStore: Sendable {
    /// A loaded theme and its stylesheet.
    public struct Entry: Sendable {
        /// The resolved theme.
        public var theme: Theme
        /// Its CSS.
        public var css: String
        /// A short fingerprint of the CSS, for cache-busting URLs and ETags.
        public var version: String
        fileprivate var stamps: [String: Date]
    }

    /// Where themes are read from.
    public let loader: ThemeLoader
    private let cache = Mutex<[String: Entry]>([:])

    /// Creates a store reading from `directory`.
    public init(directory: URL) {
        loader = ThemeLoader(directory: directory)
    }

    /// The theme `name`, reloaded from disk when any file of its chain changed since last time.
    ///
    /// - Throws: ``ThemingError`` when the theme cannot be loaded.
    public func entry(_ name: String) throws -> Entry {
        if let cached = cache.withLock({ $0[name] }), cached.stamps == stamps(of: Array(cached.stamps.keys)) {
            return cached
        }
        let chain = try loader.chain(name)
        let paths = chain.map { loader.file(for: $0).path }
        let theme = try loader.load(name)
        let css = ThemeStylesheet.css(for: theme)
        let entry = Entry(theme: theme, css: css, version: Self.fingerprint(css), stamps: stamps(of: paths))
        cache.withLock { $0[name] = entry }
        return entry
    }

    private func stamps(of paths: [String]) -> [String: Date] {
        var result: [String: Date] = [:]
        for path in paths {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            result[path] = attributes?[.modificationDate] as? Date ?? .distantPast
        }
        return result
    }

    /// FNV-1a over the CSS, as 16 hex digits: stable across runs, unlike `hashValue`.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
