import Foundation
import Localization
import Mustache

/// The `{{#t}}…{{/t}}` lambda: the section's text is the message id, translated through a
/// ``MessageLocalizer``. Placeholders are written `{{name}}` in templates and `{name}` in
/// catalogues, so `{{#t}}Signed in to {{cloud}}{{/t}}` is looked up as `Signed in to {cloud}` and
/// the translation's `{cloud}` is filled (HTML-escaped) from the page.
enum Translation {
    /// A translated section as the lambda answers it: a translation without placeholders is
    /// final HTML (Mustache writes a value that is not a `String` as it is, unescaped), so only
    /// one with placeholders is parsed and rendered as a template again.
    enum Output: Sendable, CustomStringConvertible {
        /// A template whose `{{name}}` placeholders are filled from the page.
        case template(String)
        /// Escaped text, written as it is.
        case html(String)

        var description: String {
            switch self {
            case .template(let text), .html(let text): text
            }
        }

        /// What the lambda returns to Mustache: a `String` is parsed as a template, anything else is written.
        var lambdaResult: Any {
            switch self {
            case .template(let text): text
            case .html: self
            }
        }
    }

    /// The lambda for one page render; with a `cache`, each text is translated once per localizer
    /// identity (a localizer without one translates every time).
    static func lambda(_ localizer: any MessageLocalizer, cache: TranslationCache? = nil) -> MustacheLambda {
        guard let cache, let identity = localizer.cacheIdentity else {
            return MustacheLambda { (text: String) -> Any? in output(for: text, localizer: localizer).lambdaResult }
        }
        return MustacheLambda { (text: String) -> Any? in
            cache.output(of: text, identity: identity) { output(for: text, localizer: localizer) }.lambdaResult
        }
    }

    /// A section's text translated by `localizer`.
    static func output(for text: String, localizer: any MessageLocalizer) -> Output {
        let translated = template(for: msgid(from: text), localizer: localizer)
        return translated.contains("{{") ? .template(translated) : .html(translated)
    }

    /// The message id a section's text stands for: whitespace collapsed, `{{name}}` → `{name}`.
    static func msgid(from text: String) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.replacingOccurrences(of: "{{", with: "{").replacingOccurrences(of: "}}", with: "}")
    }

    /// The translation as a tiny template: HTML-escaped text in which only `{name}` placeholders
    /// become `{{name}}`; every other brace becomes an entity, so a translation can add neither
    /// markup nor Mustache tags of its own.
    static func template(for msgid: String, localizer: any MessageLocalizer) -> String {
        let escaped = HTMLEscaping.escape(localizer.text(LocalizableMessage(msgid)))  // msgids extracted elsewhere
        var result = ""
        var rest = Substring(escaped)
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            result += rest[..<brace]
            let after = rest.index(after: brace)
            if rest[brace] == "{", let close = rest[after...].firstIndex(of: "}"), after < close,
                rest[after..<close].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
            {
                result += "{{" + rest[after..<close] + "}}"
                rest = rest[rest.index(after: close)...]
            } else {
                result += rest[brace] == "{" ? "&#123;" : "&#125;"
                rest = rest[after...]
            }
        }
        return result + rest
    }
}
