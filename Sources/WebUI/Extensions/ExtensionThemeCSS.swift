import Crypto
import Foundation
import Synchronization

/// Theme tokens from extensions as CSS appended to the theme's stylesheet: `--exo-<name>`
/// custom properties in one `:root` rule. Names and values are checked again here, so nothing an
/// extension sends can close the rule or load a resource.
enum ExtensionThemeCSS {
    /// The rule for `tokens` (empty when there are none or none is safe).
    static func css(_ tokens: [String: String]) -> String {
        let declarations = tokens.filter { isSafeName($0.key) && isSafeValue($0.value) }
            .sorted { $0.key < $1.key }
            .map { "  --exo-\($0.key): \($0.value);" }
        guard !declarations.isEmpty else { return "" }
        return "/* Theme tokens from plugins. */\n:root, [data-color-mode] {\n" + declarations.joined(separator: "\n") + "\n}\n"
    }

    /// A short fingerprint of the rule, so the stylesheet's URL changes when the tokens do.
    static func version(_ css: String) -> String {
        SHA256.hash(data: Data(css.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
    }

    /// The fingerprint of the rule for `tokens` (`nil` without a rule), worked out again only when
    /// the tokens change: every page's stylesheet link carries it.
    static func version(of tokens: [String: String]) -> String? {
        if let last = lastVersion.withLock({ $0 }), last.tokens == tokens { return last.version }
        let rule = css(tokens)
        let version = rule.isEmpty ? nil : version(rule)
        lastVersion.withLock { $0 = (tokens, version) }
        return version
    }

    private static let lastVersion = Mutex<(tokens: [String: String], version: String?)?>(nil)

    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    static func isSafeValue(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return !value.isEmpty && value.count <= 200 && !value.contains(where: { ";{}<>@\\\"'\n\r".contains($0) })
            && !value.contains("/*") && !lowered.contains("url(") && !lowered.contains("expression(")
    }
}
