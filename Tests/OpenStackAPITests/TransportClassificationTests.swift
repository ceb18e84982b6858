import AsyncHTTPClient
import Foundation
import Localization
import NIOCore
import NIOHTTP1
import Testing

@testable import OpenStackAPI
@testable import OutboundHTTP

/// Each way a request can get no usable answer reads as a sentence about the cloud, never as a
/// library's type name, with a hint that fits the cause.
struct TransportClassificationTests {
    /// The failure `error` becomes for `GET /compute/v2.1/servers/detail` on Nova.
    static func failure(_ error: any Error) throws -> TransportFailure {
        let classified = AsyncHTTPClientTransport.classify(error, host: "nova.test", port: 8774, limit: 1024)
        let transport = try #require(classified as? HTTPTransportError, "\(classified)")
        return TransportFailure(service: .compute, method: .get, path: "/compute/v2.1/servers/detail", error: transport)
    }

    static let libraryWords = ["HTTPClientError", "IOError", "errno", "NIO", "HTTPParserError", "Optional("]

    @Test("a redirect loop says the service redirected the request back to itself, and blames the cloud")
    func redirectLoop() throws {
        let failure = try Self.failure(HTTPClientError.redirectCycleDetected)
        #expect(failure.message.sourceText == "Compute (Nova) redirected GET /compute/v2.1/servers/detail back to itself.")
        let hint = failure.recovery?.sourceText ?? ""
        #expect(hint.contains("operators") && !hint.contains("network"))
    }

    @Test("too many redirects names the limit and blames the cloud")
    func tooManyRedirects() throws {
        let failure = try Self.failure(HTTPClientError.redirectLimitReached)
        #expect(failure.message.sourceText.contains("redirected GET /compute/v2.1/servers/detail more than"))
        #expect(failure.recovery?.sourceText.contains("network") == false)
    }

    @Test("a reset connection is told apart from a refused one")
    func reset() throws {
        let reset = try Self.failure(IOError(errnoCode: ECONNRESET, reason: "read(descriptor:pointer:size:)"))
        #expect(reset.message.sourceText.contains("reset the connection"))
        let refused = try Self.failure(IOError(errnoCode: ECONNREFUSED, reason: "connect"))
        #expect(refused.message.sourceText.contains("refused the connection"))
    }

    @Test("an answer that is not HTTP says so")
    func notHTTP() throws {
        let failure = try Self.failure(HTTPParserError.invalidConstant)
        #expect(failure.message.sourceText.contains("not valid HTTP"))
    }

    @Test(
        "no transport failure shows a library's words",
        arguments: [
            HTTPClientError.redirectCycleDetected, HTTPClientError.redirectLimitReached, HTTPClientError.remoteConnectionClosed,
            HTTPClientError.invalidProxyResponse, HTTPClientError.bodyLengthMismatch, HTTPClientError.uncleanShutdown,
            HTTPClientError.connectTimeout, HTTPClientError.deadlineExceeded,
        ] as [any Error] + [
            IOError(errnoCode: ECONNRESET, reason: "read"), IOError(errnoCode: EPIPE, reason: "write"),
            HTTPParserError.invalidEOFState, NIOTooManyBytesError(maxBytes: 1024), CocoaError(.featureUnsupported),
        ])
    func noLibraryWords(error: any Error) throws {
        let failure = try Self.failure(error)
        let text = failure.message.sourceText + " " + (failure.recovery?.sourceText ?? "")
        for word in Self.libraryWords {
            #expect(!text.contains(word), "\(text)")
        }
        #expect(text.contains("Compute (Nova)"))
    }

    @Test("a host name that does not resolve says the host could not be found", arguments: [true, false])
    func unknownHost(retrying: Bool) async throws {
        let transport = AsyncHTTPClientTransport(
            configuration: .init(connectTimeout: .seconds(3), requestTimeout: .seconds(10), retryConnectionEstablishment: retrying))
        let url = try #require(URL(string: "http://exosphere-test.invalid:5000/v3"))
        let error = await #expect(throws: HTTPTransportError.self) { try await transport.send(TransportRequest(method: .get, url: url)) }
        try await transport.shutdown()
        #expect(error?.kind == .hostNotFound, "\(String(describing: error))")
    }
}
