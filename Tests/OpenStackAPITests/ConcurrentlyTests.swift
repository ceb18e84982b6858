import Foundation
import Localization
import OpenStackAPI
import Secrets
import Synchronization
import Testing
import OutboundHTTP

struct ConcurrentlyTests {
    struct Failure: Error, Equatable {
        let key: Int
    }

    @Test("collect keeps each key's result apart and runs them at the same time")
    func collect() async {
        let running = Mutex((now: 0, peak: 0))
        let results = await Concurrently.collect(Array(0..<12), maximumConcurrency: 4) { key in
            running.withLock {
                $0.now += 1; $0.peak = max($0.peak, $0.now)
            }
            try await Task.sleep(for: .milliseconds(10))
            running.withLock { $0.now -= 1 }
            if key == 5 { throw Failure(key: key) }
            return key * 2
        }
        #expect(results.count == 12)
        #expect((try? results[3]?.get()) == 6)
        #expect(throws: Failure(key: 5)) { try results[5]?.get() }
        let peak = running.withLock { $0.peak }
        #expect(peak > 1 && peak <= 4)
    }

    @Test("map returns values in key order, or throws")
    func map() async throws {
        #expect(try await Concurrently.map([3, 1, 2]) { $0 * 10 } == [30, 10, 20])
        await #expect(throws: Failure(key: 2)) {
            try await Concurrently.map([1, 2, 3]) { key in
                if key == 2 { throw Failure(key: 2) }
                return key
            }
        }
    }

    @Test("lists of different services are fetched at the same time: one sequential round trip")
    func fanOut() async throws {
        let environment = TestEnvironment()
        for (path, fixture) in [
            ("/compute/v2.1/servers/detail", "compute/servers-detail-v2.1.json"),
            ("/compute/v2.1/flavors/detail", "compute/flavors-detail.json"),
            ("/image/v2/images", "image/images-page2.json"),
            ("/network/v2.0/networks", "network/networks-last.json"),
        ] {
            let body = try Fixtures.data(fixture)
            environment.transport.on(.get, path) { _ in
                try await Task.sleep(for: .milliseconds(30))
                return TransportResponse(status: 200, body: body)
            }
        }
        let compute = try environment.compute()
        async let servers = compute.listServers()
        async let flavors = compute.listFlavors()
        async let images = environment.image().listImages()
        async let networks = environment.network().listNetworks()
        let counts = try await (servers.count, flavors.count, images.count, networks.count)
        #expect(counts == (2, 2, 1, 1))
        #expect(environment.activity.records().count == 4)
        #expect(environment.activity.sequentialRoundTrips() == 1)
    }
}
