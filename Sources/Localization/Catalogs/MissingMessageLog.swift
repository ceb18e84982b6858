import Logging
import Synchronization

/// Remembers which messages were missing in which language, so each is logged once.
final class MissingMessageLog: Sendable {
    /// The most distinct misses remembered; beyond it misses are no longer logged, so a plugin
    /// that builds message ids at run time cannot grow memory without bound.
    static let capacity = 10_000

    private let seen = Mutex<Set<String>>([])
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Logs (at debug level) that `msgid` has no translation in `languageTag`, the first time only.
    func record(msgid: String, context: String?, languageTag: String, shownIn: String) {
        let key = languageTag + "\u{4}" + (context ?? "") + "\u{4}" + msgid
        let isNew = seen.withLock { seen in
            guard seen.count < Self.capacity else { return false }
            return seen.insert(key).inserted
        }
        guard isNew else { return }
        logger.debug(
            "Message has no translation; showing a fallback",
            metadata: ["language": "\(languageTag)", "shown_in": "\(shownIn)", "msgid": "\(msgid)"])
    }
}
