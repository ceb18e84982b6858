public import Foundation
import Hummingbird
public import Logging
import ServiceLifecycle
import Synchronization

/// The web UI listening on a port: start it, read its URL, stop it gracefully.
///
/// ```swift
/// let server = WebServer(app: app, logger: logger)
/// let url = try await server.start()   // http://127.0.0.1:8080/
/// await server.stop()
/// ```
public actor WebServer {
    private let app: WebApp
    private let logger: Logger
    private var task: Task<Void, any Error>?
    private var group: ServiceGroup?
    private var url: URL?
    /// Every half minute, pauses the polling of sessions nobody has looked at for a while.
    private var idleSweeper: Task<Void, Never>?

    /// Whether it serves many people (multi-user mode), for whom a stop drains first.
    public nonisolated var isMultiUser: Bool { app.configuration.isMultiUser }

    /// Creates a server for `app`; nothing listens until ``start()``.
    public init(app: WebApp, logger: Logger) {
        self.app = app
        self.logger = logger
    }

    /// Starts listening and returns the URL to open once the port is bound: the public address
    /// when one is configured, else the listening address with the access token, if any.
    ///
    /// - Throws: ``WebUIError/cannotListen(address:reason:)`` when the address cannot be bound.
    public func start() async throws -> URL {
        if let url { return url }
        let signal = PortWaiter()
        let application = app.application { port in signal.resolve(.success(port)) }
        var serverLogger = logger
        // Hummingbird reports connections cut at shutdown as errors; a library must stay quiet.
        serverLogger.logLevel = .critical
        var configuration = ServiceGroupConfiguration(services: [application], logger: serverLogger)
        configuration.maximumGracefulShutdownDuration = .seconds(10)
        let group = ServiceGroup(configuration: configuration)
        self.group = group
        let address = "\(app.configuration.host):\(app.configuration.port)"
        task = Task {
            do {
                try await group.run()
                signal.resolve(.failure(WebUIError.cannotListen(address: address, reason: "the server stopped")))
            } catch {
                signal.resolve(.failure(WebUIError.cannotListen(address: address, reason: "\(error)")))
                throw error
            }
        }
        let port: Int
        do {
            port = try await signal.value()
        } catch {
            task = nil
            self.group = nil
            throw error
        }
        let host = app.configuration.host.contains(":") ? "[\(app.configuration.host)]" : app.configuration.host
        let query = app.configuration.accessToken.map { "?token=" + $0 } ?? ""
        // Multi-user: the address people open, not 0.0.0.0.
        let url = app.configuration.publicURL ?? URL(string: "http://\(host):\(port)/" + query) ?? URL(fileURLWithPath: "/")
        self.url = url
        let store = app.store
        idleSweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(30))
                store.pauseIdlePolling()
            }
        }
        logger.info("web UI listening", metadata: ["port": "\(port)"])
        return url
    }

    /// Stops gracefully and closes the sessions' HTTP clients (which ends their polling).
    ///
    /// - Parameter drain: How long to go on answering after `/readyz` turns to 503, so that a
    ///   load balancer's health check sees it and sends new requests to other replicas before
    ///   this one stops listening; then the requests under way are finished (up to 10 seconds).
    public func stop(drain: Duration = .zero) async {
        guard let task else { return }
        app.drain.begin()
        idleSweeper?.cancel()
        idleSweeper = nil
        if drain > .zero {
            logger.info("draining before stopping", metadata: ["seconds": "\(drain.components.seconds)"])
            try? await Task.sleep(for: drain)
        }
        await group?.triggerGracefulShutdown()
        _ = await task.result
        await app.close()
        self.task = nil
        self.group = nil
        self.url = nil
    }
}

/// Hands the bound port (or the failure to bind) from the server task to ``WebServer/start()``.
final class PortWaiter: Sendable {
    private struct Slot {
        var result: Result<Int, WebUIError>?
        var waiter: CheckedContinuation<Int, any Error>?
    }

    private let slot = Mutex(Slot())

    func resolve(_ result: Result<Int, WebUIError>) {
        let waiter: CheckedContinuation<Int, any Error>? = slot.withLock { slot in
            guard slot.result == nil else { return nil }
            slot.result = result
            defer { slot.waiter = nil }
            return slot.waiter
        }
        waiter?.resume(with: result.mapError { $0 })
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Int, WebUIError>? = slot.withLock { slot in
                if let result = slot.result { return result }
                slot.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready.mapError { $0 }) }
        }
    }
}
