/// Turns messages into text in one language.
///
/// Front ends render every user-visible string through a localizer chosen per person (their
/// choice, else `Accept-Language`). Message catalogues loaded from `locales/` implement it; a
/// missing translation falls back along the locale chain and finally to the English source.
public protocol MessageLocalizer: Sendable {
    /// The BCP 47 tag of the language this localizer produces, for example `pt-BR`.
    var languageTag: String { get }

    /// The message in this language, with its placeholders filled in.
    func text(_ message: LocalizableMessage) -> String

    /// The message in the plural form that `count` selects in this language, with its placeholders
    /// (and `{count}`) filled in. `plural` is the English plural source string.
    func text(_ message: LocalizableMessage, plural: String, count: Int) -> String
}

/// The English source strings, unchanged: the last step of every fallback chain.
public struct SourceLanguageLocalizer: MessageLocalizer {
    /// Creates the source-language localizer.
    public init() {}

    /// Always `en`.
    public var languageTag: String { "en" }

    /// The message's English source text.
    public func text(_ message: LocalizableMessage) -> String { message.sourceText }

    /// English plural rule: one for 1, other otherwise.
    public func text(_ message: LocalizableMessage, plural: String, count: Int) -> String {
        var arguments = message.arguments
        arguments["count"] = String(count)
        return LocalizableMessage.fill(count == 1 ? message.msgid : plural, with: arguments)
    }
}
