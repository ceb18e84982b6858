import ExosphereCore
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The one-time listener `exosphere login` runs on loopback for Keystone's WebSSO post: it takes
/// the first form with a `token` field at `/auth/websso/`, thanks the browser, and stops.
///
/// Keystone sends the token only to an address in its `[federation] trusted_dashboard`, compared
/// verbatim, so the address is keystoneauth's: `http://localhost:9990/auth/websso/` unless the
/// port is changed. Any page open in the browser meanwhile could post a token of its own here
/// (login CSRF, which keystoneauth's plugin warns of as well): the listener takes one post only,
/// for as long as the sign-in may take, and the command says whom it signed in as.
final class SingleSignOnCallback: Sendable {
    /// The path Keystone posts to.
    static let path = "/auth/websso/"

    /// The token once it came (or the end of waiting), and the command waiting for it.
    private struct State {
        var result: Result<String, any Error>?
        var waiter: CheckedContinuation<String, any Error>?
    }

    let port: Int
    private let state = Mutex(State())

    init(port: Int) {
        self.port = port
    }

    /// The address Keystone posts to (its `origin`).
    var origin: URL? { URL(string: "http://localhost:\(port)\(Self.path)") }

    /// Listens, runs `started` once listening, and returns the first token posted within
    /// `timeout`; the listener is closed however it ends.
    func receive(within timeout: Duration, started: @Sendable () async throws -> Void) async throws -> String {
        let router = Router()
        // Hummingbird matches the path with or without its final slash.
        router.post(RouterPath(Self.path)) { request, _ -> Response in
            let body = try await request.body.collect(upTo: SingleSignOnToken.maximumBytes * 2)
            guard let value = Self.token(inForm: String(buffer: body)) else {
                return Self.page(.badRequest, "No sign-in came with this request. Go back to the terminal and try again.")
            }
            self.deliver(.success(value))
            return Self.page(.ok, "You are signed in. You can close this tab and go back to the terminal.")
        }
        var logger = Logger(label: "exosphere.login")
        logger.logLevel = .critical
        let (listening, bound) = AsyncStream<Void>.makeStream()
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { _ in bound.yield() }, logger: logger)
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        let serving = Task {
            defer { bound.finish() }
            try await group.run()
        }
        do {
            // The address is given out only once something listens at it.
            var waiting = listening.makeAsyncIterator()
            guard await waiting.next() != nil else {
                _ = try await serving.value
                throw LoginError.listenerStopped(port: port)
            }
            try await started()
        } catch {
            serving.cancel()
            throw error
        }
        return try await withThrowingTaskGroup(of: String.self) { tasks in
            tasks.addTask { try await self.waitForToken() }
            tasks.addTask {
                try await Task.sleep(for: timeout)
                throw LoginError.timedOut(timeout)
            }
            tasks.addTask {
                // The listener ended before a token came: its port was taken, most likely. Once
                // the token is in, this task is cancelled, and so is the listener.
                try await withTaskCancellationHandler {
                    _ = try await serving.value
                } onCancel: {
                    // Gracefully: the browser's answer is written before the listener closes.
                    Task { await group.triggerGracefulShutdown() }
                }
                try Task.checkCancellation()
                throw LoginError.listenerStopped(port: self.port)
            }
            defer { tasks.cancelAll() }
            guard let token = try await tasks.next() else { throw LoginError.timedOut(timeout) }
            return token
        }
    }

    private func waitForToken() async throws -> String {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let ready: Result<String, any Error>? = state.withLock { state in
                    if let result = state.result { return result }
                    state.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            deliver(.failure(CancellationError()))
        }
    }

    /// Hands `result` to the waiting command, once.
    private func deliver(_ result: Result<String, any Error>) {
        let waiter: CheckedContinuation<String, any Error>? = state.withLock { state in
            guard state.result == nil else { return nil }
            state.result = result
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: result)
    }

    /// The `token` field of an `application/x-www-form-urlencoded` body, when it is a plausible
    /// token (see ``SingleSignOnToken/checked(_:)``).
    static func token(inForm body: String) -> String? {
        var components = URLComponents()
        components.percentEncodedQuery = body.replacingOccurrences(of: "+", with: "%20")
        return SingleSignOnToken.checked(components.queryItems?.last(where: { $0.name == "token" })?.value)
    }

    private static func page(_ status: HTTPResponse.Status, _ text: String) -> Response {
        let html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Exosphere</title></head><body><p>\(text)</p></body></html>"
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
