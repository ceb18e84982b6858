import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// How a library's error becomes an ``HTTPTransportError`` a person can act on.
extension AsyncHTTPClientTransport {
    /// The transport error for a library's `error`; cancellation stays cancellation. With
    /// `readingBody`, the response had begun, so a connection that ends is a cut-short answer.
    static func classify(_ error: any Error, host: String, port: Int, limit: Int, readingBody: Bool = false) -> any Error {
        if error is CancellationError || (error as? HTTPClientError) == .cancelled { return CancellationError() }
        var kind = kind(of: error, limit: limit)
        if readingBody, [.connectionClosed, .connectionReset, .invalidResponse].contains(kind) {
            kind = .truncatedBody
        }
        return HTTPTransportError(kind: kind, host: host, port: port)
    }

    // AsyncHTTPClient reports connect failures as NIOPosix errors, a module this target does not
    // import; their descriptions ("Connection refused (errno: 111)", "DNS error") are stable.
    private static func kind(of error: any Error, limit: Int) -> HTTPTransportError.Kind {
        switch error {
        case let clientError as HTTPClientError:
            switch clientError {
            case .connectTimeout, .getConnectionFromPoolTimeout: .connectTimeout
            case .readTimeout, .deadlineExceeded, .writeTimeout: .readTimeout
            case .remoteConnectionClosed, .uncleanShutdown: .connectionClosed
            case .tlsHandshakeTimeout: .tls
            case .redirectCycleDetected: .redirectLoop
            case .redirectLimitReached: .tooManyRedirects(limit: redirectLimit)
            case .invalidProxyResponse: .invalidResponse
            default: .other(String(describing: clientError))
            }
        case is NIOTooManyBytesError: .responseTooLarge(limit: limit)
        case let ioError as IOError: kind(errno: ioError.errnoCode) ?? .other(String(describing: ioError))
        case is HTTPParserError: .invalidResponse
        case is NIOSSLError, is BoringSSLError: .tls
        default: kind(describedAs: String(describing: error))
        }
    }

    private static func kind(errno: CInt) -> HTTPTransportError.Kind? {
        switch errno {
        case ECONNREFUSED: .connectionRefused
        case ECONNRESET, EPIPE, ECONNABORTED: .connectionReset
        case ETIMEDOUT: .connectTimeout
        default: nil
        }
    }

    private static func kind(describedAs text: String) -> HTTPTransportError.Kind {
        if text.localizedCaseInsensitiveContains("refused") { return .connectionRefused }
        if text.localizedCaseInsensitiveContains("reset by peer") { return .connectionReset }
        if text.localizedCaseInsensitiveContains("dns") || text.localizedCaseInsensitiveContains("name resolution") {
            return .hostNotFound
        }
        if text.localizedCaseInsensitiveContains("ssl") || text.localizedCaseInsensitiveContains("certificate") {
            return .tls
        }
        return .other(text)
    }
}
