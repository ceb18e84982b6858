import Foundation
import Secrets
import OutboundHTTP

extension ServiceCaller {
    /// Sends raw bytes (not JSON) with the token, retrying once after a 401 with a fresh token;
    /// returns a 2xx response or throws ``OpenStackError``.
    func sendBytes(
        _ method: TransportRequest.Method, _ path: [String], data: Data, contentType: String
    ) async throws -> TransportResponse {
        try await sendBody(method, path, contentType: contentType) { request in
            var request = request
            request.body = data
            return try await context.transport.send(request)
        }
    }

    /// Sends a file's bytes, streamed when the transport can (``FileUploadTransport``), else read
    /// whole; `progress` gets the bytes sent so far.
    func sendFile(
        _ method: TransportRequest.Method, _ path: [String], file: URL, length: Int64, contentType: String,
        progress: @escaping @Sendable (Int64) -> Void
    ) async throws -> TransportResponse {
        try await sendBody(method, path, contentType: contentType) { request in
            if let streaming = context.transport as? any FileUploadTransport {
                return try await streaming.upload(request, file: file, length: length, progress: progress)
            }
            var request = request
            request.body = try Data(contentsOf: file)
            let response = try await context.transport.send(request)
            progress(length)
            return response
        }
    }

    /// The token, the 401 retry and the status check around a body-sending `exchange`.
    private func sendBody(
        _ method: TransportRequest.Method, _ path: [String], contentType: String,
        exchange: (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let url = try url(path)
        var retried = false
        while true {
            var headers = ["accept": "application/json", "content-type": contentType]
            var token: Secret?
            if let tokens {
                let current = try await tokens.currentToken()
                headers["x-auth-token"] = current.revealed
                token = current
            }
            let response = try await recorded(method, url: url) {
                try await exchange(TransportRequest(method: method, url: url, headers: headers))
            }
            if response.status == 401, let tokens, let token, !retried {
                retried = true
                await tokens.invalidate(token)
                if try await tokens.currentToken() != token { continue }
            }
            guard (200..<300).contains(response.status) else { throw failure(response, method: method, url: url) }
            return response
        }
    }
}

extension ServiceCaller {
    /// Runs one exchange, recording it in the activity log and wrapping transport errors, as
    /// `sendRaw` does for whole bodies.
    fileprivate func recorded(
        _ method: TransportRequest.Method, url: URL, _ exchange: () async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let startedAt = Date()
        let clock = ContinuousClock()
        let start = clock.now
        let shownURL = URLEncoding.redacted(url)
        do {
            let response = try await exchange()
            record(
                method, shownURL, status: response.status, startedAt: startedAt, duration: start.duration(to: clock.now),
                requestID: response.requestID)
            return response
        } catch let error as HTTPTransportError {
            record(method, shownURL, status: nil, startedAt: startedAt, duration: start.duration(to: clock.now), requestID: nil)
            throw transportFailure(error, method: method, url: url)
        }
    }
}
