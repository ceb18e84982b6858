/// Size checks for text the host builds from plugin values (`exo.i18n.t`, `exo.log.*`).
enum PluginTranslation {
    /// The UTF-8 length `LocalizableMessage.fill(template, with: arguments)` would produce, found
    /// with the same scan but without building the text: a 100,000-placeholder template filled with
    /// a megabyte argument would otherwise make 100 GB in the host before any check could run.
    static func filledSize(_ template: String, with arguments: [String: String]) -> Int {
        let bytes = template.utf8
        guard !arguments.isEmpty else { return bytes.count }
        var size = bytes.count
        var searchFrom = bytes.startIndex
        while let open = bytes[searchFrom...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = bytes.index(after: open)
            guard let close = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else { break }
            searchFrom = bytes.index(after: close)
            guard let value = arguments[String(template[afterOpen..<close])] else { continue }
            let placeholder = bytes.distance(from: open, to: searchFrom)
            size = size - placeholder + value.utf8.count
            // Past the quota the caller refuses; stop counting before an Int could overflow.
            if size > PluginQuotas.translationBytes { return size }
        }
        return size
    }

    /// Text cut to ``PluginQuotas/logBytes`` bytes (at a character boundary), marked with `…`.
    static func cut(_ text: String) -> String {
        guard text.utf8.count > PluginQuotas.logBytes else { return text }
        var kept = ""
        for character in text {
            guard kept.utf8.count + character.utf8.count <= PluginQuotas.logBytes else { break }
            kept.append(character)
        }
        return kept + "…"
    }
}
