import Logging
import PostgresNIO

/// The tables hosted mode keeps, created and migrated by the server itself at start.
///
/// `exosphere_schema` holds one row, the version. Each migration runs in one transaction under an
/// advisory lock, so replicas starting together migrate once; a database migrated by a newer
/// version is refused rather than written in a shape this version does not know.
enum SessionSchema {
    /// The statements of each version, in order: version *n* is `migrations[n - 1]`.
    static let migrations: [[PostgresQuery]] = [
        [
            """
            CREATE TABLE exosphere_sessions (
                id_digest text PRIMARY KEY,
                owners text[] NOT NULL DEFAULT '{}',
                device text NOT NULL,
                created_at timestamptz NOT NULL,
                last_seen timestamptz NOT NULL,
                revision bigint NOT NULL,
                sealed bytea NOT NULL
            )
            """,
            "CREATE INDEX exosphere_sessions_owners ON exosphere_sessions USING gin (owners)",
            "CREATE INDEX exosphere_sessions_last_seen ON exosphere_sessions (last_seen)",
            """
            CREATE TABLE exosphere_server_keys (
                name text PRIMARY KEY,
                key bytea NOT NULL,
                created_at timestamptz NOT NULL
            )
            """,
        ],
        [
            // Form tokens used on any replica, so a form sent twice is refused whichever replica gets it.
            "CREATE TABLE exosphere_used_form_tokens (digest text PRIMARY KEY, used_at timestamptz NOT NULL)",
            "CREATE INDEX exosphere_used_form_tokens_used_at ON exosphere_used_form_tokens (used_at)",
        ],
    ]

    /// The newest version this server writes.
    static var currentVersion: Int { migrations.count }

    /// An arbitrary constant naming Exosphere's advisory lock.
    static let lockID: Int64 = 0x4578_6F53_6573_7331

    /// Brings the schema to ``currentVersion``; returns the version found before.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws -> Int {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockID))", logger: logger)
            try await connection.query("CREATE TABLE IF NOT EXISTS exosphere_schema (version integer NOT NULL)", logger: logger)
            var found = 0
            for try await version in try await connection.query("SELECT version FROM exosphere_schema", logger: logger).decode(Int.self) {
                found = version
            }
            guard found <= currentVersion else { throw SessionDatabaseError.schemaTooNew(found: found, known: currentVersion) }
            guard found < currentVersion else { return found }
            for statements in migrations[found...] {
                for statement in statements {
                    try await connection.query(statement, logger: logger)
                }
            }
            try await connection.query("DELETE FROM exosphere_schema", logger: logger)
            try await connection.query("INSERT INTO exosphere_schema (version) VALUES (\(currentVersion))", logger: logger)
            logger.info("session database migrated", metadata: ["from": "\(found)", "to": "\(currentVersion)"])
            return found
        }
    }
}
