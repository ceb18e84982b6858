import Foundation
public import SessionDatabase
import Synchronization

/// A real PostgreSQL for tests: a private cluster from Debian's `postgresql` package, started on
/// first use (once per test run) in a temporary folder, reached over a Unix socket only, and
/// stopped when the test process exits. Each test asks for a database of its own.
///
/// Run as root (as CI does), the server runs as the `postgres` user, since PostgreSQL refuses
/// to run as root.
public enum PostgresCluster {
    /// Why there is no cluster to test with.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    fileprivate struct Running: Sendable {
        let folder: String
        let binaries: String
        /// The port number, which names the Unix socket and keys PostgreSQL's shared memory: one
        /// per cluster, so that a cluster starting again never meets another's segment.
        var port = 5432

        var startOptions: String { "-c listen_addresses='' -k \(folder) -p \(port) -c fsync=off" }

        /// The end of the server's log, for an error that says why it would not start.
        var logTail: String { String(((try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? "").suffix(800)) }
    }

    /// Starts the cluster once; later callers wait for that start.
    private actor Once {
        private var start: Task<Running, any Error>?

        func running() async throws -> Running {
            if let start { return try await start.value }
            let started = Task { try await PostgresCluster.offThePool { try PostgresCluster.start(in: "/tmp/exosphere-pg-\(getpid())", port: 5432) } }
            start = started
            return try await started.value
        }
    }

    private static let once = Once()
    /// The clusters to stop, and their folders to remove, when the test process exits.
    private static let stopAtExit = Mutex<[Running]>([])

    /// A new, empty database in the cluster, as an address.
    public static func newDatabase() async throws -> DatabaseAddress {
        let cluster = try await once.running()
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await offThePool {
            try run(cluster.binaries + "/createdb", ["-h", cluster.folder, "-p", "5432", "-U", "exosphere", name], asServer: false)
        }
        return try DatabaseAddress("postgres://exosphere@/\(name)?host=\(cluster.folder)&sslmode=disable")
    }

    /// `work`, which waits on other processes, on a thread of its own: blocking one of the few
    /// threads Swift's tasks share would stall every other test meanwhile.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    fileprivate static func start(in folder: String, port: Int) throws(Unavailable) -> Running {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.compactMap(Int.init).max() else {
            throw Unavailable(description: "PostgreSQL is not installed: apt-get install postgresql (the tests start their own cluster)")
        }
        let binaries = "/usr/lib/postgresql/\(version)/bin"
        let data = folder + "/data"
        do {
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if getuid() == 0 {
                for path in [folder, data] {
                    try FileManager.default.setAttributes([.ownerAccountName: "postgres", .groupOwnerAccountName: "postgres"], ofItemAtPath: path)
                }
            }
            try run(binaries + "/initdb", ["-D", data, "-U", "exosphere", "--auth=trust", "--no-sync", "-E", "UTF8"], asServer: true)
            let running = Running(folder: folder, binaries: binaries, port: port)
            try run(binaries + "/pg_ctl", ["-D", data, "-l", folder + "/log", "-w", "-o", running.startOptions, "start"], asServer: true)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw Unavailable(description: "the test PostgreSQL did not start: \(error)")
        }
        let running = Running(folder: folder, binaries: binaries, port: port)
        let first = stopAtExit.withLock { clusters in
            clusters.append(running)
            return clusters.count == 1
        }
        if first {
            atexit {
                for cluster in PostgresCluster.stopAtExit.withLock({ $0 }) { PostgresCluster.stop(cluster) }
            }
        }
        return running
    }

    /// Stops `cluster` at once and removes its folder (its data, tens of megabytes a run).
    fileprivate static func stop(_ cluster: Running) {
        try? run(cluster.binaries + "/pg_ctl", ["-D", cluster.folder + "/data", "-m", "immediate", "stop"], asServer: true)
        try? FileManager.default.removeItem(atPath: cluster.folder)
    }

    /// Runs `tool` and waits; as the `postgres` user when the tests run as root and `asServer`.
    ///
    /// posix_spawn and waitpid rather than Foundation's Process, whose wait never returned here
    /// once pg_ctl had started the server.
    static func run(_ tool: String, _ arguments: [String], asServer: Bool) throws {
        let command = asServer && getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", tool] + arguments : [tool] + arguments
        let outputPath = "/tmp/exosphere-pg-output-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else the test process has open goes along: PostgreSQL counts the descriptors it
        // may still open, and midway through the suite the tests hold most of them. (glibc's
        // posix_spawn_file_actions_addclosefrom_np, looked up since Swift does not import it.)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        }
        var argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw Unavailable(description: "\(command[0]) could not start: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS, which Swift does not import: exited normally with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw Unavailable(description: "\((tool as NSString).lastPathComponent) failed: \(text.suffix(600))")
        }
    }
}

/// A PostgreSQL cluster of one test's own, for a test that restarts or stops it (which would
/// disturb the other tests' shared cluster), with one database, `exosphere`.
public struct DedicatedPostgres: Sendable {
    private let cluster: PostgresCluster.Running
    /// The database's address, as the settings file writes it.
    public let url: String

    /// Starts a new cluster in a folder of its own and creates its database.
    public static func start() async throws -> DedicatedPostgres {
        let folder = "/tmp/exosphere-pg-\(getpid())-" + UUID().uuidString.prefix(8).lowercased()
        let port = Int.random(in: 20_000...29_999)
        let cluster = try await PostgresCluster.offThePool { try PostgresCluster.start(in: folder, port: port) }
        try await PostgresCluster.offThePool {
            try PostgresCluster.run(cluster.binaries + "/createdb", ["-h", folder, "-p", String(port), "-U", "exosphere", "exosphere"], asServer: false)
        }
        return DedicatedPostgres(cluster: cluster, url: "postgres://exosphere@/exosphere?host=\(folder)&port=\(port)&sslmode=disable")
    }

    /// Restarts the server (a fast shutdown: connections are cut, committed data stays); a start
    /// that fails says what the server logged.
    public func restart() async throws {
        let cluster = self.cluster
        try await PostgresCluster.offThePool {
            let data = cluster.folder + "/data"
            try PostgresCluster.run(cluster.binaries + "/pg_ctl", ["-D", data, "-w", "-m", "fast", "stop"], asServer: true)
            do {
                try PostgresCluster.run(
                    cluster.binaries + "/pg_ctl", ["-D", data, "-l", cluster.folder + "/log", "-w", "-t", "120", "-o", cluster.startOptions, "start"],
                    asServer: true)
            } catch {
                throw PostgresCluster.Unavailable(description: "the test PostgreSQL did not start again: \(error)\nits log ends:\n\(cluster.logTail)")
            }
        }
    }

    /// Stops the server and removes its folder.
    public func stop() async {
        let cluster = self.cluster
        _ = try? await PostgresCluster.offThePool { PostgresCluster.stop(cluster) }
    }
}
