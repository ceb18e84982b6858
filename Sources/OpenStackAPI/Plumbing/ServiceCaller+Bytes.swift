import Foundation
import Secrets

extension ServiceCaller {
    /// Sends raw bytes (not JSON) with the token, retrying once after a 401 with a fresh token;
    /// returns a 2xx response or throws ``OpenStackError``.
    func sendBytes(
        _ method: TransportRequest.Method, _ path: [String], data: Data, contentType: String
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
            let response = try await sendRaw(method, url: url, headers: headers, body: data)
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
