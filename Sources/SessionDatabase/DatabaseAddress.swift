import Foundation
import PostgresNIO

/// Where the session database is: a `postgres://user:password@host:port/database` address, as
/// libpq and every PostgreSQL tool write it, with `?sslmode=disable|prefer|require` (default
/// `prefer`) or `?host=/run/postgresql` for a Unix socket folder.
///
/// Hand-written because postgres-nio takes a host, port and names, not an address, and
/// postgres-kit's parser would bring sql-kit along for these twenty lines.
public struct DatabaseAddress: Sendable, Hashable {
    /// The address as written, password removed (for logs and messages).
    public let redacted: String
    let host: String?
    let socketFolder: String?
    let port: Int
    let user: String
    let password: String?
    let database: String
    let tls: TLSMode

    /// How the connection uses TLS (libpq's `sslmode`, the three modes that need no certificate files).
    enum TLSMode: String, Sendable, Hashable {
        case disable, prefer, require
    }

    /// Reads `text`.
    ///
    /// - Throws: ``SessionDatabaseError/invalidAddress(_:reason:)`` naming what is wrong.
    public init(_ text: String) throws(SessionDatabaseError) {
        guard text.count <= 2048 else { throw .invalidAddress("(too long)", reason: "it is longer than 2048 characters") }
        guard let parts = URLComponents(string: text), let scheme = parts.scheme, ["postgres", "postgresql"].contains(scheme) else {
            throw .invalidAddress(Self.redact(text), reason: "it does not start with postgres://")
        }
        let shown = Self.redact(text)
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] {
            guard ["sslmode", "host", "port"].contains(item.name), let value = item.value else {
                throw .invalidAddress(shown, reason: "\(item.name) is not one of sslmode, host, port")
            }
            query[item.name] = value
        }
        guard let user = parts.user, !user.isEmpty else { throw .invalidAddress(shown, reason: "it names no user (postgres://USER@…)") }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw .invalidAddress(shown, reason: "it names no database (postgres://…/DATABASE)")
        }
        // As libpq, the port may be a parameter too (for a socket folder, which has no host:port).
        var port = parts.port ?? 5432
        if let written = query["port"] {
            guard written.count <= 5, written.allSatisfy(\.isASCII), let value = Int(written) else {
                throw .invalidAddress(shown, reason: "the port \(written.prefix(8)) is not a number")
            }
            port = value
        }
        guard (1...65_535).contains(port) else { throw .invalidAddress(shown, reason: "the port \(port) is not between 1 and 65535") }
        guard let tls = TLSMode(rawValue: query["sslmode"] ?? "prefer") else {
            throw .invalidAddress(shown, reason: "sslmode must be disable, prefer or require")
        }
        let socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let host = parts.host.flatMap { $0.isEmpty ? nil : $0 }
        guard host != nil || socketFolder != nil else { throw .invalidAddress(shown, reason: "it names no host") }
        self.redacted = shown
        self.host = host
        self.socketFolder = socketFolder
        self.port = port
        self.user = user
        self.password = parts.password
        self.database = database
        self.tls = tls
    }

    /// The client configuration for this address.
    var configuration: PostgresClient.Configuration {
        if let socketFolder {
            return PostgresClient.Configuration(
                unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        let tls: PostgresClient.Configuration.TLS =
            switch self.tls {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
        return PostgresClient.Configuration(host: host ?? "localhost", port: port, username: user, password: password, database: database, tls: tls)
    }

    /// `text` with the password, if any, replaced by `***`.
    static func redact(_ text: String) -> String {
        guard var parts = URLComponents(string: text), parts.password != nil else { return text }
        parts.password = "***"
        return parts.string ?? "postgres://***"
    }
}
