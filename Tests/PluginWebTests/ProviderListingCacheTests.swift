import ExosphereCore
import Synchronization
import Testing

@testable import PluginWeb

/// The provider listing cache: shared while running, answered at once when old or stuck.
@Suite struct ProviderListingCacheTests {
    /// A listing whose answers the test releases, counting how often it was asked.
    final class GatedListing: Sendable {
        private let state = Mutex<(calls: Int, waiting: [CheckedContinuation<Void, Never>], released: Bool)>((0, [], false))

        func load() async -> [ProviderInstance] {
            let call = state.withLock { state in
                state.calls += 1
                return state.calls
            }
            await withCheckedContinuation { continuation in
                let now = state.withLock { state in
                    if !state.released { state.waiting.append(continuation) }
                    return state.released
                }
                if now { continuation.resume() }
            }
            return [ProviderInstance(id: "i-\(call)", name: "listing \(call)", status: "ACTIVE")]
        }

        func release() {
            let waiting = state.withLock { state in
                state.released = true
                defer { state.waiting = [] }
                return state.waiting
            }
            for continuation in waiting { continuation.resume() }
        }

        var calls: Int { state.withLock { $0.calls } }
    }

    static let key = ProviderListingCache.Key(plugin: "p", provider: "x")

    @Test func aFinishedListingIsAtHandWithoutWaitingAndAnOldOneIsRefreshed() async throws {
        let cache = ProviderListingCache(lifetime: .nanoseconds(1))
        let listing = GatedListing()
        #expect(cache.finished(for: Self.key) { await listing.load() } == nil)
        #expect(listing.calls == 0)
        listing.release()
        _ = try await cache.listing(for: Self.key, name: "X") { await listing.load() }
        let atHand = try #require(cache.finished(for: Self.key) { await listing.load() })
        #expect(try atHand.get().map(\.id) == ["i-1"])
        // Older than the lifetime: answered, and a new listing starts behind it.
        for _ in 0..<100_000 where listing.calls < 2 { await Task.yield() }
        #expect(listing.calls == 2)
    }

    @Test func withoutALifetimeNothingIsAtHand() async throws {
        let cache = ProviderListingCache(lifetime: .zero)
        let listing = GatedListing()
        listing.release()
        _ = try await cache.listing(for: Self.key, name: "X") { await listing.load() }
        #expect(cache.finished(for: Self.key) { await listing.load() } == nil)
    }

    @Test func aStuckListingIsReportedAtOnceAndAnOldOneAnsweredWhileRefreshing() async throws {
        // Every listing is "old" at once, so each step shows the behaviour past the lifetime.
        let cache = ProviderListingCache(lifetime: .nanoseconds(1))
        let listing = GatedListing()
        async let first = cache.listing(for: Self.key, name: "X") { await listing.load() }
        for _ in 0..<100_000 where listing.calls == 0 { await Task.yield() }

        // The first listing is still running and older than the lifetime: no second wait on it.
        await #expect(throws: ProviderListingError.self) { try await cache.listing(for: Self.key, name: "X") { await listing.load() } }
        #expect(listing.calls == 1)

        listing.release()
        #expect(try await first.map(\.id) == ["i-1"])
        // Old, so a refresh starts, but the last listing is answered without waiting for it.
        #expect(try await cache.listing(for: Self.key, name: "X") { await listing.load() }.map(\.id) == ["i-1"])
        for _ in 0..<100_000 where listing.calls < 2 { await Task.yield() }
        #expect(listing.calls == 2)
    }

    @Test func callersShareTheListingUnderWayAndAChangeForgetsIt() async throws {
        let cache = ProviderListingCache(lifetime: .seconds(600))
        let listing = GatedListing()
        async let first = cache.listing(for: Self.key, name: "X") { await listing.load() }
        for _ in 0..<100_000 where listing.calls == 0 { await Task.yield() }
        async let second = cache.listing(for: Self.key, name: "X") { await listing.load() }
        listing.release()
        #expect(try await first == second)
        #expect(listing.calls == 1)
        #expect(try await cache.listing(for: Self.key, name: "X") { await listing.load() }.map(\.id) == ["i-1"])

        cache.remove(Self.key)
        #expect(try await cache.listing(for: Self.key, name: "X") { await listing.load() }.map(\.id) == ["i-2"])
    }
}
