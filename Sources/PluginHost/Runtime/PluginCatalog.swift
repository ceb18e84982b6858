import Foundation

/// A plugin's own message catalogs, read from `locales/<locale>.po` (msgid/msgstr pairs only).
enum PluginCatalog {
    /// Catalogs by locale; empty when the folder has none.
    static func load(folder: String) -> [String: [String: String]] {
        let directory = (folder as NSString).appendingPathComponent("locales")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var catalogs: [String: [String: String]] = [:]
        for file in files where file.hasSuffix(".po") {
            guard let text = PluginFiles.text("locales/" + file, in: folder) else { continue }
            catalogs[String(file.dropLast(3))] = parse(text)
        }
        return catalogs
    }

    /// The translated entries of a PO file (empty msgstr and the header are skipped).
    static func parse(_ text: String) -> [String: String] {
        var entries: [String: String] = [:]
        var current: WritableKeyPath<(id: String?, str: String?), String?>?
        var pair: (id: String?, str: String?) = (nil, nil)
        func flush() {
            if let id = pair.id, let str = pair.str, !id.isEmpty, !str.isEmpty { entries[id] = str }
            pair = (nil, nil)
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("msgid ") {
                flush()
                pair.id = unquote(line.dropFirst(6))
                current = \.id
            } else if line.hasPrefix("msgstr ") {
                pair.str = unquote(line.dropFirst(7))
                current = \.str
            } else if line.hasPrefix("\""), let current {
                pair[keyPath: current] = (pair[keyPath: current] ?? "") + unquote(Substring(line))
            } else if line.isEmpty {
                current = nil
            }
        }
        flush()
        return entries
    }

    private static func unquote(_ text: Substring) -> String {
        var body = text.trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix("\""), body.hasSuffix("\""), body.count >= 2 else { return "" }
        body = String(body.dropFirst().dropLast())
        var result = ""
        var escaping = false
        for character in body {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
