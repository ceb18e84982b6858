import CloudConfig
import Crypto
import ExosphereCore
import Foundation
import HTTPTypes
import Logging
import NIOCore
import Synchronization
import Testing

@testable import WebUI

/// The session store's limits: new sessions per address, room kept for people active of late.
@Suite("Session store limits")
struct SessionStoreTests {
    /// Runs `body` with a new multi-user store, then closes every workspace it made (their HTTP
    /// clients must be shut down), even when `body` throws.
    static func withStore(capacity: Int = 10_000, burst: Int = 60, _ body: (SessionStore) async throws -> Void) async throws {
        let logger = Logger(label: "exosphere.tests.store")
        let made = Mutex<[CloudWorkspace]>([])
        let store = SessionStore(
            key: SymmetricKey(size: .bits256), sharedWorkspace: nil, capacity: capacity, limiter: NewSessionLimiter(burst: burst)
        ) {
            let workspace = CloudWorkspace(
                sessions: CloudSessions.open([], settings: ExosphereSettings(homeDirectory: "/nonexistent"), logger: logger), logger: logger)
            made.withLock { $0.append(workspace) }
            return workspace
        }
        var failure: (any Error)?
        do {
            try await body(store)
        } catch {
            failure = error
        }
        for workspace in made.withLock({ $0 }) { await workspace.close() }
        if let failure { throw failure }
    }

    @Test("one address may start its burst of sessions, then one a second")
    func limiterRefills() {
        let limiter = NewSessionLimiter(burst: 3, refillInterval: 1)
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect((0..<3).allSatisfy { _ in limiter.admit("198.51.100.7", now: start) })
        #expect(!limiter.admit("198.51.100.7", now: start))
        #expect(limiter.admit("203.0.113.9", now: start))
        #expect(!limiter.admit("198.51.100.7", now: start.addingTimeInterval(0.5)))
        #expect(limiter.admit("198.51.100.7", now: start.addingTimeInterval(1.6)))
        #expect(!limiter.admit("198.51.100.7", now: start.addingTimeInterval(1.7)))
    }

    @Test("a flood of new sessions from one address is refused with a clear error")
    func floodRefused() async throws {
        try await Self.withStore(burst: 5) { store in
        let now = Date()
        for _ in 0..<5 {
            _ = try await store.keep(store.provisional(forCookie: nil, now: now).session, client: "192.0.2.1", now: now)
        }
        await #expect(throws: WebUIError.tooManyNewSessions) {
            try await store.keep(store.provisional(forCookie: nil, now: now).session, client: "192.0.2.1", now: now)
        }
        #expect(store.count == 5)
        #expect(ErrorPageMiddleware.status(for: .tooManyNewSessions) == .tooManyRequests)
        }
    }

    @Test("a full store never drops a recently active session for a new one")
    func evictionSparesActive() async throws {
        try await Self.withStore(capacity: 2) { store in
        let start = Date()
        let first = try await store.keep(store.provisional(forCookie: nil, now: start).session, client: "a", now: start)
        let second = try await store.keep(store.provisional(forCookie: nil, now: start).session, client: "b", now: start.addingTimeInterval(60))
        // A minute later both are recent, and both would be dropped only as a last resort.
        await #expect(throws: WebUIError.sessionsFull) {
            try await store.keep(store.provisional(forCookie: nil, now: start).session, client: "c", now: start.addingTimeInterval(90))
        }
        // Once the first has been idle past the protected window (and holds no cloud past
        // two minutes), it makes room; the second, still recent, stays.
        let later = start.addingTimeInterval(SessionStore.emptyIdle + 1)
        _ = try await store.session(forCookie: second.cookie, now: later)
        let third = try await store.keep(store.provisional(forCookie: nil, now: later).session, client: "c", now: later)
        #expect(try await store.session(forCookie: first.cookie, now: later) == nil)
        #expect(try await store.session(forCookie: second.cookie, now: later) != nil)
        #expect(try await store.session(forCookie: third.cookie, now: later) != nil)
        }
    }

    @Test("rotation keeps preferences and the notice under a new id and forgets the old one")
    func rotation() async throws {
        try await Self.withStore { store in
        let kept = try await store.keep(store.provisional(forCookie: nil).session, client: "a")
        kept.session.preferences.colorMode = .dark
        kept.session.notify("hello")
        let rotated = try #require(try await store.rotate(kept.session))
        #expect(rotated.session.id != kept.session.id)
        #expect(rotated.session.preferences.colorMode == .dark)
        #expect(rotated.session.takeNotice()?.text == "hello")
        #expect(try await store.session(forCookie: kept.cookie) == nil)
        #expect(try await store.session(forCookie: rotated.cookie) === rotated.session)
        // A session no longer kept cannot be rotated back in.
        #expect(try await store.rotate(kept.session) == nil)
        }
    }

    @Test("IPv6 clients are counted per /64, IPv4 per address, mapped IPv4 as IPv4")
    func clientKeys() throws {
        let a = try ClientAddress.key(for: .init(ipAddress: "2001:db8:1:2::1", port: 1))
        let b = try ClientAddress.key(for: .init(ipAddress: "2001:db8:1:2:ffff::9", port: 2))
        let c = try ClientAddress.key(for: .init(ipAddress: "2001:db8:1:3::1", port: 1))
        #expect(a == b)
        #expect(a != c)
        #expect(try ClientAddress.key(for: .init(ipAddress: "192.0.2.5", port: 9)) == "192.0.2.5")
        #expect(try ClientAddress.key(for: .init(ipAddress: "::ffff:192.0.2.5", port: 9)) == "192.0.2.5")
        #expect(ClientAddress.key(for: nil) == "unknown")
    }
}
