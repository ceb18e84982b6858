import Logging
import Synchronization

/// A log handler that keeps every record, for tests that check what was logged.
struct RecordingLogHandler: LogHandler {
    /// The records, shared by every copy of the handler.
    final class Records: Sendable {
        private let entries = Mutex<[(level: Logger.Level, message: String, metadata: Logger.Metadata)]>([])

        var all: [(level: Logger.Level, message: String, metadata: Logger.Metadata)] {
            entries.withLock { $0 }
        }

        func append(_ level: Logger.Level, _ message: String, _ metadata: Logger.Metadata) {
            entries.withLock { $0.append((level, message, metadata)) }
        }
    }

    let records: Records
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        records.append(event.level, event.message.description, event.metadata ?? [:])
    }

    /// A logger that records into `records`.
    static func logger(_ records: Records) -> Logger {
        Logger(label: "exosphere.localization.test") { _ in RecordingLogHandler(records: records) }
    }
}
