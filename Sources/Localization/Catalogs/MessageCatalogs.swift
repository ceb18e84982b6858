public import Logging
import Synchronization

/// The message catalogues of an Exosphere site, read from folders of gettext `.po` files, and
/// the localizers that render messages from them.
///
/// Folders are layered, highest priority first: the operator's overlay, then plugin catalogues,
/// then the bundled `locales/`. For each message, the wanted languages are tried most specific
/// first (`pt-BR`, then `pt`), each in every layer, and finally the English source text. Files
/// are read from disk, and a changed, new or removed file takes effect at the next
/// ``localizer(for:)`` after a modification-time check, without a restart.
///
/// ```swift
/// let catalogs = MessageCatalogs(directories: ["/etc/exosphere/locales", bundledLocales])
/// let localizer = catalogs.localizer(for: LanguagePreference(choice: nil, acceptLanguage: header))
/// localizer.text(LocalizableMessage("Launch {name}", ["name": "lab-vm"]))
/// ```
public final class MessageCatalogs: Sendable {
    private struct State {
        var files: CatalogFiles
        var snapshot = CatalogSnapshot.empty
        var lastCheck: ContinuousClock.Instant?
    }

    /// The catalogue folders, highest priority first.
    public let directories: [String]
    /// The operator's site-wide renames.
    public let renames: NounRenames
    /// The least time between two checks of the folders for changes.
    public let checkInterval: Duration
    private let state: Mutex<State>
    private let logger: Logger
    private let missing: MissingMessageLog

    /// Creates the catalogues of `directories` (highest priority first). Nothing is read until the
    /// first ``localizer(for:)``; a folder that does not exist counts as empty.
    ///
    /// - Parameters:
    ///   - renames: Site-wide word renames, applied after translation.
    ///   - checkInterval: How often at most the folders are checked for changed files.
    ///   - logger: Receives loading problems (info) and missing translations (debug, once each).
    public init(
        directories: [String], renames: NounRenames = NounRenames(), checkInterval: Duration = .seconds(1),
        logger: Logger = Logger(label: "exosphere.localization")
    ) {
        self.directories = directories
        self.renames = renames
        self.checkInterval = checkInterval
        self.logger = logger
        self.missing = MissingMessageLog(logger: logger)
        self.state = Mutex(State(files: CatalogFiles(directories: directories)))
    }

    /// A localizer for the best available languages of `preference`, ending with English.
    public func localizer(for preference: LanguagePreference) -> CatalogLocalizer {
        let snapshot = current()
        return CatalogLocalizer(
            chain: snapshot.chain(for: preference), snapshot: snapshot, renames: renames, missing: missing)
    }

    /// Every language with a catalogue, plus English, with its name in itself, by tag.
    public func availableLanguages() -> [AvailableLanguage] {
        current().languageTags.union(["en"]).sorted().map(AvailableLanguage.init(tag:))
    }

    /// The problems of the files as last read: files that could not be parsed (their last good
    /// version stays in use), dropped entries and unusable `Plural-Forms` headers.
    public func problems() -> [LocalizationError] {
        _ = current()
        return state.withLock { $0.files.problems }
    }

    private func current() -> CatalogSnapshot {
        state.withLock { state in
            let now = ContinuousClock.now
            if let last = state.lastCheck, now - last < checkInterval { return state.snapshot }
            state.snapshot = state.files.refresh(logger: logger)
            state.lastCheck = now
            return state.snapshot
        }
    }
}
