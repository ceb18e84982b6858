import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import WebUI

/// Held and dribbling connections cannot take the server from everyone else.
@Suite("Connection limits", .serialized)
struct ConnectionLimitTests {
    /// Opens `count` connections from `source` that send half a request line and then nothing.
    static func dribblers(_ count: Int, from source: String, to port: Int) async throws -> [any Channel] {
        var channels: [any Channel] = []
        for _ in 0..<count {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .bind(to: try SocketAddress(ipAddress: source, port: 0))
                .connect(host: "127.0.0.1", port: port).get()
            // The server may already have closed a connection past its limit.
            try? await channel.writeAndFlush(ByteBuffer(string: "GET / HTTP/1.1\r\nHo")).get()
            channels.append(channel)
        }
        return channels
    }

    @Test("one address holds at most its share of connections, silent ones are cut, and others are still served")
    func heldConnections() async throws {
        var configuration = TestWebApp.configuration()
        configuration.limits.maximumConnectionsPerClient = 8
        configuration.limits.idleTimeout = .seconds(1)
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.connections"))
        let server = WebServer(app: app, logger: Logger(label: "exosphere.tests.connections"))
        let url = try await server.start()
        let port = try #require(url.port)
        do {
            let opened = ContinuousClock.now
            let channels = try await Self.dribblers(40, from: "127.0.0.2", to: port)
            try await Task.sleep(for: .milliseconds(300))
            #expect(app.connections.count("127.0.0.2") <= 8)
            #expect(channels.filter(\.isActive).count <= 8)

            let started = ContinuousClock.now
            let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: "http://127.0.0.1:\(port)/about")))
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self).contains("<html"))
            #expect(ContinuousClock.now - started < .seconds(1))

            // Past the idle timeout, the half-sent requests are cut off. A loaded machine may take
            // longer than the one second to run the cut, so this waits for it, up to fifteen.
            let cutBy = ContinuousClock.now + .seconds(15)
            while channels.contains(where: \.isActive), ContinuousClock.now < cutBy {
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(ContinuousClock.now - opened >= .seconds(1), "cut before the idle timeout")
            #expect(channels.allSatisfy { !$0.isActive }, "\(channels.filter(\.isActive).count) still open; the server counts \(app.connections.count("127.0.0.2"))")
            #expect(app.connections.count("127.0.0.2") == 0)
            for channel in channels where channel.isActive { try? await channel.close() }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test("the connection cap stays below the descriptor limit")
    func capBelowDescriptors() {
        let limits = ServingLimits()
        #expect(limits.effectiveMaximumConnections(descriptorLimit: 20_000) == 4_096)
        #expect(limits.effectiveMaximumConnections(descriptorLimit: 1_024) == 768)
        #expect(limits.effectiveMaximumConnections(descriptorLimit: 100) >= 1)
        #expect(DescriptorLimit.current > 0)
    }

    @Test("a limiter counts per address and frees a slot when a connection closes")
    func limiterCounts() {
        let limiter = ConnectionLimiter(maximumPerClient: 2)
        #expect(limiter.opened("a"))
        #expect(limiter.opened("a"))
        #expect(!limiter.opened("a"))
        #expect(limiter.opened("b"))
        limiter.closed("a")
        #expect(limiter.count("a") == 1)
        #expect(limiter.opened("a"))
    }
}
