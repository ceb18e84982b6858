/// Size limits for text the host builds from plugin values (`exo.log.*`).
enum PluginLogText {
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
