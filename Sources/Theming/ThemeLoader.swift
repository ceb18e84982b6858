import CloudConfig
public import Foundation

/// Reads themes from a `themes/` directory and resolves their `extends` chains.
///
/// Every theme but `default` extends `default` unless it names another parent, so an operator's
/// theme may set only `color.accent.*` and a logo and inherit everything else.
public struct ThemeLoader: Sendable {
    /// The directory holding one folder per theme.
    public let directory: URL

    /// Creates a loader for `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The names of the folders that hold a `theme.yaml`, sorted.
    public func availableThemes() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: file(for: $0).path) }.sorted()
    }

    /// The `theme.yaml` of the theme `name`.
    public func file(for name: String) -> URL {
        directory.appendingPathComponent(name, isDirectory: true).appendingPathComponent("theme.yaml")
    }

    /// The theme files `name` is built from, the root (`default`) first.
    ///
    /// - Throws: ``ThemingError`` when a theme is missing, unreadable, badly named or in a loop.
    public func chain(_ name: String) throws -> [String] {
        var chain: [String] = []
        var next: String? = name
        while let current = next {
            guard !chain.contains(current) else { throw ThemingError.extendsCycle(chain + [current]) }
            chain.append(current)
            let parsed = try read(current)
            next = parsed.extends ?? (current == "default" ? nil : "default")
        }
        return chain.reversed()
    }

    /// The theme `name` with its chain resolved and every value checked.
    ///
    /// - Throws: ``ThemingError`` when a file is missing or unreadable, or a value is not allowed.
    public func load(_ name: String) throws -> Theme {
        var theme = Theme(
            name: name, appTitle: "Exosphere", shared: [:], light: [:], dark: [:], logo: nil, favicon: nil,
            textContrast: 4.5, extraContrast: [], warnings: [])
        for member in try chain(name) {
            let parsed = try read(member)
            let path = file(for: member).path
            if let title = parsed.appTitle { theme.appTitle = title }
            if let ratio = parsed.textContrast { theme.textContrast = max(1, min(21, ratio)) }
            try merge(parsed.shared, into: &theme.shared, allowed: ThemeToken.sharedNames, file: path, warnings: &theme.warnings)
            try merge(parsed.light, into: &theme.light, allowed: ThemeToken.colorNames, file: path, warnings: &theme.warnings)
            try merge(parsed.dark, into: &theme.dark, allowed: ThemeToken.colorNames, file: path, warnings: &theme.warnings)
            if let logo = parsed.logo { theme.logo = try asset(logo, in: member) }
            if let favicon = parsed.favicon { theme.favicon = try asset(favicon, in: member) }
            theme.extraContrast += parsed.contrast.map { ContrastRequirement(ratio: $0.ratio, fg: $0.fg, bg: $0.bg) }
        }
        return theme
    }

    func read(_ name: String) throws -> ThemeFile {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw ThemingError.invalidName(name)
        }
        let path = file(for: name).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw ThemingError.themeNotFound(name, directory: directory.path)
        }
        do {
            return try ThemeFile(ConfigNode.read(file: path))
        } catch {
            throw ThemingError.invalidFile(error)
        }
    }

    private func merge(
        _ tokens: [ThemeFile.Token], into target: inout [String: String], allowed: [String], file: String,
        warnings: inout [String]
    ) throws {
        for token in tokens {
            guard allowed.contains(token.name) else {
                warnings.append("\(file): unknown token \(token.name) ignored")
                continue
            }
            guard let safe = ThemeToken.sanitize(token.name, token.value.text) else {
                throw ThemingError.invalidValue(token.value.location, token: token.name, value: token.value.text)
            }
            target[token.name] = safe
        }
    }

    private func asset(_ written: ThemeFile.Written, in theme: String) throws -> ThemeAsset {
        let fileName = written.text
        let types = ["svg": "image/svg+xml", "png": "image/png", "ico": "image/x-icon"]
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard let type = types[ext], !fileName.contains("/"), !fileName.hasPrefix(".") else {
            throw ThemingError.invalidValue(written.location, token: "assets", value: fileName)
        }
        let path = directory.appendingPathComponent(theme, isDirectory: true).appendingPathComponent(fileName).path
        return ThemeAsset(fileName: fileName, path: path, contentType: type)
    }
}
