import Foundation
import Localization
import Logging
import PostgresNIO
import PostgresTesting
import Testing

@testable import SessionDatabase

// One test at a time: a burst of new databases at the start of a run slows every other test.
@Suite("The session database, against a real PostgreSQL", .serialized)
struct SessionDatabaseTests {
    /// `body` with a running database client for a new, empty database.
    static func withDatabase(_ body: (SessionDatabase) async throws -> Void) async throws {
        // A generous bound: the whole suite shares two cores with this database.
        let database = SessionDatabase(address: try await PostgresCluster.newDatabase(), callTimeout: .seconds(30), logger: Logger(label: "test"))
        database.start()
        do {
            try await body(database)
        } catch {
            await database.stop()
            throw error
        }
        await database.stop()
    }

    static func record(_ id: String = UUID().uuidString, owners: [String] = [], sealed: Data = Data([1, 2, 3])) -> SessionRecord {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        return SessionRecord(id: id, owners: owners, device: "Firefox on Linux", createdAt: now, lastSeen: now, sealed: sealed)
    }

    @Test("a new database is migrated from nothing to the current version, once, by replicas starting together")
    func migratesOnce() async throws {
        let address = try await PostgresCluster.newDatabase()
        let replicas = (0..<3).map { _ in SessionDatabase(address: address, callTimeout: .seconds(30), logger: Logger(label: "test")) }
        replicas.forEach { $0.start() }
        do {
            let found = try await withThrowingTaskGroup(of: Int.self) { starts in
                for replica in replicas { starts.addTask { try await replica.prepare() } }
                return try await starts.reduce(into: []) { $0.append($1) }
            }
            #expect(found.sorted() == [0, SessionSchema.currentVersion, SessionSchema.currentVersion])
            #expect(try await replicas[0].prepare() == SessionSchema.currentVersion)
        }
        for replica in replicas { await replica.stop() }
    }

    @Test("a database a newer version wrote is refused, naming both versions")
    func newerSchemaRefused() async throws {
        try await Self.withDatabase { database in
            try await database.prepare()
            try await database.client.query("UPDATE exosphere_schema SET version = 99", logger: Logger(label: "test"))
            await #expect(throws: SessionDatabaseError.schemaTooNew(found: 99, known: SessionSchema.currentVersion)) {
                try await database.prepare()
            }
        }
    }

    @Test("save, load, stamp, touch and delete; each save raises the revision")
    func roundTrip() async throws {
        try await Self.withDatabase { database in
            try await database.prepare()
            var record = Self.record(owners: ["a", "b"])
            #expect(try await database.load(id: record.id) == nil)
            #expect(try await database.save(record) == 1)
            record.sealed = Data(repeating: 7, count: 1000)
            #expect(try await database.save(record) == 2)
            let loaded = try #require(try await database.load(id: record.id))
            #expect(loaded.sealed == record.sealed)
            #expect(loaded.owners == ["a", "b"])
            #expect(loaded.device == "Firefox on Linux")
            #expect(loaded.revision == 2)
            let later = record.lastSeen.addingTimeInterval(60)
            try await database.touch(id: record.id, at: later)
            #expect(try await database.stamp(id: record.id) == SessionStamp(revision: 2, lastSeen: later))
            #expect(try await database.delete(id: record.id))
            #expect(try await database.delete(id: record.id) == false)
            #expect(try await database.stamp(id: record.id) == nil)
        }
    }

    @Test("the table holds a digest of the session id, never the id a cookie carries")
    func idIsNotStored() async throws {
        try await Self.withDatabase { database in
            try await database.prepare()
            let record = Self.record("the-session-id-in-a-cookie")
            try await database.save(record)
            var keys: [String] = []
            for try await key in try await database.client.query("SELECT id_digest FROM exosphere_sessions", logger: Logger(label: "test"))
                .decode(String.self)
            {
                keys.append(key)
            }
            #expect(keys == [SessionDatabase.digest("the-session-id-in-a-cookie")])
            #expect(!keys.contains { $0.contains("cookie") })
        }
    }

    @Test("idle sessions are removed; recent ones stay")
    func idleRemoved() async throws {
        try await Self.withDatabase { database in
            try await database.prepare()
            let old = Self.record()
            var recent = Self.record()
            recent.lastSeen = old.lastSeen.addingTimeInterval(3600)
            try await database.save(old)
            try await database.save(recent)
            #expect(try await database.deleteIdle(before: old.lastSeen.addingTimeInterval(1)) == 1)
            #expect(try await database.count() == 1)
            #expect(try await database.load(id: recent.id) != nil)
        }
    }

    @Test("the server key is made once and every replica reads the same one")
    func sharedKey() async throws {
        try await Self.withDatabase { database in
            try await database.prepare()
            let first = try await database.serverKey(named: "cookies")
            #expect(first.count == 32)
            #expect(try await database.serverKey(named: "cookies") == first)
            #expect(try await database.serverKey(named: "other") != first)
        }
    }

    @Test("a record past the size limit is refused before it is sent")
    func oversizedRecord() async throws {
        try await Self.withDatabase { database in
            try await database.prepare()
            let record = Self.record(sealed: Data(count: SessionDatabase.maximumSealedBytes + 1))
            await #expect(throws: SessionDatabaseError.recordTooLarge(bytes: SessionDatabase.maximumSealedBytes + 1, limit: SessionDatabase.maximumSealedBytes)) {
                try await database.save(record)
            }
        }
    }

    @Test("a database that does not answer is reported with the address, never the password")
    func unreachable() async throws {
        let address = try DatabaseAddress("postgres://exosphere:hunter2@127.0.0.1:1/nothing?sslmode=disable")
        let database = SessionDatabase(address: address, callTimeout: .seconds(1), logger: Logger(label: "test"))
        let started = ContinuousClock.now
        database.start()
        do {
            #expect(await database.isReachable() == false)
            let error = await #expect(throws: SessionDatabaseError.self) { try await database.prepare() }
            #expect(error?.description.contains("127.0.0.1:1") == true)
            #expect(error?.description.contains("hunter2") == false)
            // Two calls bounded at a second each (slower on a loaded machine), not PostgresNIO's retries for minutes.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
        await database.stop()
    }
}

@Suite("Session database addresses")
struct DatabaseAddressTests {
    @Test("a full address, a Unix socket folder, and the default port and TLS mode")
    func valid() throws {
        let full = try DatabaseAddress("postgres://exo:pw@db.example.org:6432/sessions?sslmode=require")
        #expect(full.host == "db.example.org")
        #expect(full.port == 6432)
        #expect(full.user == "exo")
        #expect(full.password == "pw")
        #expect(full.database == "sessions")
        #expect(full.tls == .require)
        #expect(full.redacted == "postgres://exo:***@db.example.org:6432/sessions?sslmode=require")
        let socket = try DatabaseAddress("postgresql://exo@/sessions?host=/run/postgresql")
        #expect(socket.socketFolder == "/run/postgresql")
        #expect(socket.port == 5432)
        #expect(socket.tls == .prefer)
        let socketPort = try DatabaseAddress("postgresql://exo@/sessions?host=/run/postgresql&port=6543")
        #expect(socketPort.port == 6543)
    }

    @Test(
        "each wrong address is refused with what is wrong",
        arguments: [
            ("mysql://exo@db/sessions", "postgres://"), ("postgres://db/sessions", "no user"), ("postgres://exo@db/", "no database"),
            ("postgres://exo@db:70000/s", "port"), ("postgres://exo@db/s?sslmode=verify-full", "sslmode"),
            ("postgres://exo@db/s?options=x", "options is not one of"), ("postgres://exo@/s", "no host"),
            (String(repeating: "a", count: 3000), "longer than 2048"),
        ])
    func invalid(text: String, expected: String) {
        #expect {
            try DatabaseAddress(text)
        } throws: { error in
            String(describing: error).contains(expected)
        }
    }
}

@Suite("The tests' own PostgreSQL")
struct DedicatedPostgresTests {
    /// Midway through the suite the test process holds hundreds of descriptors; none may reach
    /// the server, which would then count too few for itself and refuse to start.
    @Test("it starts again while the test process holds nearly a thousand open files")
    func restartsAmidOpenFiles() async throws {
        let database = try await DedicatedPostgres.start()
        var held: [Int32] = []
        for _ in 0..<990 { held.append(open("/dev/null", O_RDONLY)) }
        defer { held.forEach { close($0) } }
        do {
            try await database.restart()
        } catch {
            await database.stop()
            throw error
        }
        let client = SessionDatabase(address: try DatabaseAddress(database.url), callTimeout: .seconds(30), logger: Logger(label: "exosphere.tests.pg"))
        client.start()
        #expect(await client.isReachable())
        await client.stop()
        await database.stop()
    }
}
