import Localization
import Synchronization

/// The `{{#t}}` sections of the templates as last translated, by localizer and section text: a
/// page asks for the same few dozen texts on every render, and a translation changes only with
/// the localizer's catalogues (see ``LocalizerIdentity``).
final class TranslationCache: Sendable {
    /// How many localizers' translations are kept; more (catalogues edited many times) start over.
    static let localizerLimit = 16

    private let entries = Mutex<[LocalizerIdentity: [String: Translation.Output]]>([:])

    /// The translation of a section's `text` by a localizer with `identity`, made by `translate`
    /// the first time.
    func output(of text: String, identity: LocalizerIdentity, translate: () -> Translation.Output) -> Translation.Output {
        if let known = entries.withLock({ $0[identity]?[text] }) { return known }
        let made = translate()
        entries.withLock { entries in
            if entries[identity] == nil, entries.count >= Self.localizerLimit { entries.removeAll() }
            entries[identity, default: [:]][text] = made
        }
        return made
    }
}
