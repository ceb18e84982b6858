import Crypto
public import Foundation
public import Logging
import Metrics
import PostgresNIO
import Synchronization

/// Hosted mode's shared state in PostgreSQL (`hosting.sessions`): the session rows every replica
/// reads and writes, and the key the replicas seal cookies and sign forms with.
///
/// ``start()`` it (its connection pool lives until ``stop()``), then call ``prepare()`` once before
/// serving: it creates or migrates the tables.
public final class SessionDatabase: Sendable {
    /// The largest sealed state kept per session, in bytes.
    public static let maximumSealedBytes = 256 * 1024

    /// Where the database is.
    public let address: DatabaseAddress
    let client: PostgresClient
    private let logger: Logger

    /// How long one call may take, connecting included, before it fails as unavailable: a
    /// request must not hang on a database that is down.
    public let callTimeout: Duration
    /// How long calls take, answered or failed (`exosphere_session_database_duration_seconds`).
    private let answeredTimer: Metrics.Timer
    private let failedTimer: Metrics.Timer

    /// A pool for `address`; nothing is connected until ``start()`` and a query.
    public init(address: DatabaseAddress, callTimeout: Duration = .seconds(5), logger: Logger) {
        var configuration = address.configuration
        configuration.options.maximumConnections = 8
        configuration.options.connectTimeout = callTimeout
        self.address = address
        self.callTimeout = callTimeout
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        answeredTimer = Metrics.Timer(label: "exosphere_session_database_duration_seconds", dimensions: [("outcome", "ok")])
        failedTimer = Metrics.Timer(label: "exosphere_session_database_duration_seconds", dimensions: [("outcome", "failed")])
    }

    private let pool = Mutex<Task<Void, Never>?>(nil)

    /// Starts the connection pool; calling it again does nothing.
    public func start() {
        pool.withLock { task in
            guard task == nil else { return }
            let client = self.client
            task = Task { await client.run() }
        }
    }

    /// Closes the pool's connections; calls after this fail as unavailable.
    public func stop() async {
        guard let task = pool.withLock({ $0 }) else { return }
        task.cancel()
        await task.value
    }

    /// Creates or migrates the tables; returns the schema version found before.
    ///
    /// - Throws: ``SessionDatabaseError/schemaTooNew(found:known:)`` for a database a newer version
    ///   wrote; ``SessionDatabaseError/unavailable(_:reason:)`` when it cannot be reached.
    @discardableResult
    public func prepare() async throws(SessionDatabaseError) -> Int {
        try await calling { try await SessionSchema.migrate(self.client, logger: self.logger) }
    }

    /// Whether the database answers a query now (for `/readyz`).
    public func isReachable() async -> Bool {
        (try? await calling { try await self.client.query("SELECT 1", logger: self.logger) }) != nil
    }

    /// The 32-byte key named `name`, created by whichever replica asks first.
    public func serverKey(named name: String) async throws(SessionDatabaseError) -> Data {
        let candidate = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        return try await calling {
            try await self.client.query(
                "INSERT INTO exosphere_server_keys (name, key, created_at) VALUES (\(name), \(candidate), now()) ON CONFLICT (name) DO NOTHING",
                logger: self.logger)
            let found = try await self.firstRow("SELECT key FROM exosphere_server_keys WHERE name = \(name)", as: Data.self)
            guard let found, found.count == 32 else {
                throw SessionDatabaseError.unavailable(self.address.redacted, reason: "the server key \(name) is missing or not 32 bytes")
            }
            return found
        }
    }

    /// The record of session `id`, or `nil` when there is none.
    public func load(id: String) async throws(SessionDatabaseError) -> SessionRecord? {
        let digest = Self.digest(id)
        return try await calling {
            let row = try await self.firstRow(
                "SELECT owners, device, created_at, last_seen, revision, sealed FROM exosphere_sessions WHERE id_digest = \(digest)",
                as: ([String], String, Date, Date, Int64, Data).self)
            return row.map { owners, device, created, seen, revision, sealed in
                SessionRecord(id: id, owners: owners, device: device, createdAt: created, lastSeen: seen, revision: revision, sealed: sealed)
            }
        }
    }

    /// The revision and last use of session `id`, or `nil` when it is gone.
    public func stamp(id: String) async throws(SessionDatabaseError) -> SessionStamp? {
        let digest = Self.digest(id)
        return try await calling {
            let row = try await self.firstRow(
                "SELECT revision, last_seen FROM exosphere_sessions WHERE id_digest = \(digest)", as: (Int64, Date).self)
            return row.map { SessionStamp(revision: $0, lastSeen: $1) }
        }
    }

    /// Writes `record` (its `revision` is ignored) and returns the revision it now has.
    ///
    /// - Throws: ``SessionDatabaseError/recordTooLarge(bytes:limit:)`` past ``maximumSealedBytes``.
    @discardableResult
    public func save(_ record: SessionRecord) async throws(SessionDatabaseError) -> Int64 {
        guard record.sealed.count <= Self.maximumSealedBytes else {
            throw .recordTooLarge(bytes: record.sealed.count, limit: Self.maximumSealedBytes)
        }
        let digest = Self.digest(record.id)
        return try await calling {
            let revision = try await self.firstRow(
                """
                INSERT INTO exosphere_sessions (id_digest, owners, device, created_at, last_seen, revision, sealed)
                VALUES (\(digest), \(record.owners), \(record.device), \(record.createdAt), \(record.lastSeen), 1, \(record.sealed))
                ON CONFLICT (id_digest) DO UPDATE SET owners = EXCLUDED.owners, device = EXCLUDED.device,
                    last_seen = EXCLUDED.last_seen, sealed = EXCLUDED.sealed, revision = exosphere_sessions.revision + 1
                RETURNING revision
                """, as: Int64.self)
            guard let revision else { throw SessionDatabaseError.unavailable(self.address.redacted, reason: "the session was not written") }
            return revision
        }
    }

    /// Records that session `id` was used at `time`.
    public func touch(id: String, at time: Date) async throws(SessionDatabaseError) {
        let digest = Self.digest(id)
        _ = try await calling {
            try await self.client.query("UPDATE exosphere_sessions SET last_seen = \(time) WHERE id_digest = \(digest)", logger: self.logger)
        }
    }

    /// Removes session `id`; `true` when there was one.
    @discardableResult
    public func delete(id: String) async throws(SessionDatabaseError) -> Bool {
        let digest = Self.digest(id)
        return try await calling {
            try await self.firstRow("DELETE FROM exosphere_sessions WHERE id_digest = \(digest) RETURNING 1", as: Int.self) != nil
        }
    }

    /// Notes that the form token `token` was used at `time`; `false` when it was used before,
    /// on any replica. Only a digest of the token is kept.
    public func useFormToken(_ token: String, at time: Date) async throws(SessionDatabaseError) -> Bool {
        let digest = Self.digest(token)
        return try await calling {
            try await self.firstRow(
                "INSERT INTO exosphere_used_form_tokens (digest, used_at) VALUES (\(digest), \(time)) ON CONFLICT (digest) DO NOTHING RETURNING 1",
                as: Int.self) != nil
        }
    }

    /// Forgets form tokens used before `time` (they have expired by then).
    public func forgetFormTokens(before time: Date) async throws(SessionDatabaseError) {
        _ = try await calling {
            try await self.client.query("DELETE FROM exosphere_used_form_tokens WHERE used_at < \(time)", logger: self.logger)
        }
    }

    /// The sessions signed in as any of `owners`, most recently used first (at most 100).
    public func sessions(sharingAnyOf owners: [String]) async throws(SessionDatabaseError) -> [SessionSummary] {
        guard !owners.isEmpty else { return [] }
        return try await calling {
            let rows = try await self.client.query(
                """
                SELECT id_digest, device, created_at, last_seen FROM exosphere_sessions
                WHERE owners && \(owners) ORDER BY last_seen DESC LIMIT 100
                """, logger: self.logger)
            var found: [SessionSummary] = []
            for try await (digest, device, created, seen) in rows.decode((String, String, Date, Date).self) {
                found.append(SessionSummary(digest: digest, device: device, createdAt: created, lastSeen: seen))
            }
            return found
        }
    }

    /// Removes the session whose row key is `digest` if it is signed in as any of `owners`;
    /// `true` when there was one.
    public func delete(digest: String, sharingAnyOf owners: [String]) async throws(SessionDatabaseError) -> Bool {
        guard !owners.isEmpty else { return false }
        return try await calling {
            try await self.firstRow(
                "DELETE FROM exosphere_sessions WHERE id_digest = \(digest) AND owners && \(owners) RETURNING 1", as: Int.self) != nil
        }
    }

    /// Removes every session last used before `time`; returns how many.
    @discardableResult
    public func deleteIdle(before time: Date) async throws(SessionDatabaseError) -> Int {
        try await calling {
            var count = 0
            for try await _ in try await self.client.query("DELETE FROM exosphere_sessions WHERE last_seen < \(time) RETURNING 1", logger: self.logger)
                .decode(Int.self)
            {
                count += 1
            }
            return count
        }
    }

    /// How many sessions are kept.
    public func count() async throws(SessionDatabaseError) -> Int {
        try await calling {
            try await self.firstRow("SELECT count(*) FROM exosphere_sessions", as: Int.self) ?? 0
        }
    }

    /// The first row `query` returns, decoded as `columns`; `nil` when it returns none.
    private func firstRow<each Column: PostgresDecodable>(
        _ query: PostgresQuery, as columns: (repeat each Column).Type
    ) async throws -> (repeat each Column)? {
        for try await row in try await client.query(query, logger: logger).decode(columns) {
            return row
        }
        return nil
    }

    /// The row key for session `id`: its SHA-256, in hex. Also what a page may show of another
    /// session (to name it in a form), since it cannot be turned back into a cookie.
    public static func digest(_ id: String) -> String {
        SHA256.hash(data: Data(id.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// `body`'s result within ``callTimeout``, with PostgreSQL's errors as
    /// ``SessionDatabaseError/unavailable(_:reason:)``.
    ///
    /// The call runs in a task of its own that is cancelled, not awaited, when the time is up:
    /// a query waiting for a connection the pool cannot make must not hold the request.
    private func calling<Result: Sendable>(_ body: @Sendable @escaping () async throws -> Result) async throws(SessionDatabaseError) -> Result {
        let started = ContinuousClock.now
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Swift.Result<Result, any Error>, Never>) in
            let answer = FirstAnswer(continuation)
            let timeout = callTimeout
            let redacted = address.redacted
            let timer = Task {
                try await Task.sleep(for: timeout)
                answer.give(.failure(SessionDatabaseError.unavailable(redacted, reason: "it did not answer within \(timeout)")))
            }
            let work = Task {
                do {
                    answer.give(.success(try await body()))
                } catch {
                    answer.give(.failure(error))
                }
                timer.cancel()
            }
            Task {
                _ = await timer.result
                work.cancel()
            }
        }
        if case .success = outcome {
            answeredTimer.record(duration: ContinuousClock.now - started)
        } else {
            failedTimer.record(duration: ContinuousClock.now - started)
        }
        do {
            return try outcome.get()
        } catch let error as SessionDatabaseError {
            throw error
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError as? SessionDatabaseError { throw inner }
            throw .unavailable(address.redacted, reason: (error.closureError ?? error.beginError ?? error.commitError).map(Self.reason) ?? "the transaction failed")
        } catch {
            throw .unavailable(address.redacted, reason: Self.reason(error))
        }
    }

    /// What went wrong, in PostgreSQL's words when it said something, without the query's values.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return String(describing: underlying) }
        return "\(error.code)"
    }
}

/// Resumes a continuation with the first answer given; later ones are dropped.
private final class FirstAnswer<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = Mutex(continuation)
    }

    func give(_ value: Value) {
        continuation.withLock { taken -> CheckedContinuation<Value, Never>? in
            defer { taken = nil }
            return taken
        }?.resume(returning: value)
    }
}
