import Foundation
import Logging
import Secrets
import OutboundHTTP

/// Sends a service's requests: builds URLs, adds the token and microversion headers, records
/// each call, retries once after a 401 (fresh token) or a 406 (renegotiated microversion), and
/// turns error statuses into ``OpenStackError``.
struct ServiceCaller: Sendable {
    let context: APIContext
    let service: ServiceType
    let baseURL: URL
    let tokens: (any TokenSource)?
    let microversion: MicroversionState?

    /// `baseURL` followed by the path segments (each percent-encoded) and the query.
    func url(_ path: [String], query: [QueryItem] = []) throws -> URL {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        for segment in path { text += "/" + URLEncoding.component(segment) }
        if !query.isEmpty { text += "?" + URLEncoding.query(query) }
        guard let url = URL(string: text) else {
            throw OpenStackError.invalidURL(
                service: service, base: baseURL.absoluteString, path: path.joined(separator: "/"))
        }
        return url
    }

    /// Sends a request through the whole pipeline and returns a 2xx response.
    func send(
        _ method: TransportRequest.Method,
        _ path: [String],
        query: [QueryItem] = [],
        body: (any Encodable & Sendable)? = nil,
        headers extra: [String: String] = [:]
    ) async throws -> TransportResponse {
        let url = try url(path, query: query)
        let data = try body.map { try JSONCoding.encoder().encode($0) }
        var retriedAuthentication = false
        var retriedMicroversion = false
        while true {
            var headers = ["accept": "application/json"]
            if data != nil { headers["content-type"] = "application/json" }
            let sentVersion = microversion?.value
            headers.merge(microversion?.headers() ?? [:]) { _, new in new }
            headers.merge(extra) { _, new in new }
            var token: Secret?
            if let tokens {
                let current = try await tokens.currentToken()
                headers["x-auth-token"] = current.revealed
                token = current
            }
            let response = try await sendRaw(method, url: url, headers: headers, body: data)
            if response.status == 401, let tokens, let token, !retriedAuthentication {
                retriedAuthentication = true
                await tokens.invalidate(token)
                // A source that cannot renew (a fixed token) would only be refused again.
                if try await tokens.currentToken() != token { continue }
            }
            if response.status == 406, let sentVersion, sentVersion.cloudHasMicroversions, !retriedMicroversion {
                retriedMicroversion = true
                try await fallBack(from: sentVersion)
                continue
            }
            guard (200..<300).contains(response.status) else {
                throw failure(response, method: method, url: url)
            }
            return response
        }
    }

    /// Sends, then decodes the JSON body as `T`.
    func json<T: Decodable>(
        _ type: T.Type,
        _ method: TransportRequest.Method,
        _ path: [String],
        query: [QueryItem] = [],
        body: (any Encodable & Sendable)? = nil
    ) async throws -> T {
        let response = try await send(method, path, query: query, body: body)
        return try decode(type, from: response, method: method, path: path)
    }

    /// One HTTP exchange: no status check, no retry. Records the call and wraps transport errors.
    func sendRaw(
        _ method: TransportRequest.Method,
        url: URL,
        headers: [String: String] = [:],
        body: Data? = nil
    ) async throws -> TransportResponse {
        let request = TransportRequest(method: method, url: url, headers: headers, body: body)
        let startedAt = Date()
        let clock = ContinuousClock()
        let start = clock.now
        let shownURL = URLEncoding.redacted(url)
        do {
            let response = try await context.transport.send(request)
            let duration = start.duration(to: clock.now)
            record(
                method, shownURL, status: response.status, startedAt: startedAt, duration: duration,
                requestID: response.requestID)
            return response
        } catch let error as HTTPTransportError {
            record(
                method, shownURL, status: nil, startedAt: startedAt, duration: start.duration(to: clock.now),
                requestID: nil)
            throw transportFailure(error, method: method, url: url)
        }
    }

    /// Decodes a JSON body, naming the failing field in the error.
    func decode<T: Decodable>(
        _ type: T.Type, from response: TransportResponse, method: TransportRequest.Method, path: [String]
    ) throws -> T {
        do {
            return try JSONCoding.decoder().decode(type, from: response.body)
        } catch let error as DecodingError {
            throw OpenStackError.decoding(
                DecodingFailure(
                    service: service, method: method, path: (try? url(path).path) ?? path.joined(separator: "/"),
                    error: error, body: response.body, requestID: response.requestID))
        }
    }

    /// The failure for a request that got no usable answer. A library's own description of an
    /// unexpected failure goes to the debug log only: it names types, not the cloud's problem.
    func transportFailure(_ error: HTTPTransportError, method: TransportRequest.Method, url: URL) -> OpenStackError {
        if case .other(let detail) = error.kind {
            context.logger.debug(
                "unexpected transport failure",
                metadata: ["openstack.service": "\(service.rawValue)", "error": "\(detail)"])
        }
        return .transport(TransportFailure(service: service, method: method, path: url.path, error: error))
    }

    func failure(_ response: TransportResponse, method: TransportRequest.Method, url: URL) -> OpenStackError {
        let body = CloudErrorBody(body: response.body)
        return .http(
            HTTPFailure(
                service: service, method: method, path: url.path, status: response.status,
                requestID: response.requestID, cloudMessage: body.message, cloudErrorType: body.type))
    }

    private func fallBack(from failed: NegotiatedMicroversion) async throws {
        guard let microversion else { return }
        var replacement = try await MicroversionDiscovery.discover(
            service: service, endpoint: baseURL, context: context)
        if replacement.version == failed.version {
            replacement = .base(for: service)
        }
        context.logger.debug(
            "microversion refused with 406; falling back",
            metadata: ["openstack.service": "\(service.rawValue)", "microversion": "\(replacement.version)"])
        microversion.replace(failed, with: replacement)
    }

    func record(
        _ method: TransportRequest.Method, _ url: String, status: Int?, startedAt: Date, duration: Duration,
        requestID: String?
    ) {
        context.activityLog.append(
            APIActivityRecord(
                service: service, method: method, url: url, status: status, startedAt: startedAt, duration: duration,
                requestID: requestID))
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        context.logger.debug(
            "\(method.rawValue) \(url) -> \(status.map(String.init) ?? "no response")",
            metadata: [
                "openstack.service": "\(service.rawValue)",
                "request.id": "\(requestID ?? "-")",
                "duration.ms": "\(Int(milliseconds))",
            ])
    }
}
