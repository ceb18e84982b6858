import Foundation

/// The design tokens a theme may set, and the form each kind of value must take.
///
/// Only functional tokens exist (what a colour is *for*, never which colour it is), so a theme
/// cannot change a token's meaning between light and dark. See `themes/README.md`.
public enum ThemeToken {
    /// The roles that have `fg`, `emphasis` and `subtle` colours.
    public static let roles = ["accent", "success", "attention", "danger", "done"]

    /// Every colour token, set per mode (`tokens.light`, `tokens.dark`).
    public static let colorNames: [String] =
        [
            "color.canvas.default", "color.canvas.subtle", "color.fg.default", "color.fg.muted",
            "color.fg.onEmphasis", "color.border.default", "color.focus",
        ] + roles.flatMap { role in ["fg", "emphasis", "subtle"].map { "color.\(role).\($0)" } }

    /// Every shared token (`tokens.shared`): fonts and sizes.
    public static let sharedNames = ["font.body", "font.mono", "font.size.base", "radius.default", "space.base"]

    /// The CSS custom property for a token: `color.fg.default` → `--exo-color-fg-default`.
    public static func propertyName(_ token: String) -> String {
        "--exo-" + token.replacingOccurrences(of: ".", with: "-")
    }

    /// The value as safe CSS text, or `nil` when it is not a form this token's kind allows.
    ///
    /// Parsing (rather than escaping) is what keeps a theme from injecting CSS: the result is
    /// rebuilt from numbers and a small alphabet, so `;`, `}`, `url(` or comments cannot pass.
    public static func sanitize(_ token: String, _ value: String) -> String? {
        if token.hasPrefix("color.") { return ThemeColor(parsing: value)?.css }
        if token.hasPrefix("font.size.") || token.hasPrefix("radius.") || token.hasPrefix("space.") {
            return length(value)
        }
        if token.hasPrefix("font.") { return fontFamilies(value) }
        return nil
    }

    private static func length(_ value: String) -> String? {
        let text = value.trimmingCharacters(in: .whitespaces).lowercased()
        let unit = ["rem", "px", "em", "%"].first { text.hasSuffix($0) } ?? ""
        let number = text.dropLast(unit.count)
        guard let parsed = Double(number), parsed >= 0, parsed < 1000, number.allSatisfy({ $0.isNumber || $0 == "." }) else {
            return nil
        }
        guard unit != "" || parsed == 0 else { return nil }
        return String(number) + unit
    }

    private static func fontFamilies(_ value: String) -> String? {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: " -"))
        var families: [String] = []
        for raw in value.split(separator: ",") {
            var family = raw.trimmingCharacters(in: .whitespaces)
            let quoted = family.count >= 2 && (family.hasPrefix("\"") && family.hasSuffix("\"") || family.hasPrefix("'") && family.hasSuffix("'"))
            if quoted { family = String(family.dropFirst().dropLast()) }
            guard !family.isEmpty, family.unicodeScalars.allSatisfy({ allowed.contains($0) && $0.isASCII }) else { return nil }
            families.append(family.contains(" ") ? "\"\(family)\"" : family)
        }
        return families.isEmpty ? nil : families.joined(separator: ", ")
    }
}
