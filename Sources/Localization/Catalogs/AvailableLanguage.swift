import Foundation
import Synchronization

/// A language offered in a language picker: its tag and its name in that language.
public struct AvailableLanguage: Sendable, Hashable {
    /// The normalized BCP 47 tag, such as `pt-BR`.
    public let tag: String
    /// The language's name in itself, capitalised, such as "Español" or "Português (Brasil)";
    /// the tag itself when Foundation's locale data has no name for it.
    public let nativeName: String

    /// Looks up the native name of `tag` from Foundation's locale data (CLDR), once per tag: the
    /// languages on offer are listed on every request that negotiates a language.
    public init(tag: String) {
        self.tag = tag
        if let known = Self.names.withLock({ $0[tag] }) {
            nativeName = known
            return
        }
        let name = Locale(identifier: tag).localizedString(forIdentifier: tag) ?? tag
        nativeName = (name.first.map { String($0).uppercased(with: Locale(identifier: tag)) } ?? "") + name.dropFirst()
        Self.names.withLock { $0[tag] = nativeName }
    }

    /// Native names looked up so far, by tag (tags come from catalogue file names, a short list).
    private static let names = Mutex<[String: String]>([:])
}
