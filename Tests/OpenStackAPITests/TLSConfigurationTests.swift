import Foundation
import Localization
import NIOSSL
@testable import OpenStackAPI
import Testing
@testable import OutboundHTTP

struct TLSConfigurationTests {
    @Test("by default certificates are checked against the system's CAs")
    func defaults() {
        let tls = AsyncHTTPClientTransport.tlsConfiguration(.init())
        #expect(tls.problem == nil)
        #expect(tls.configuration.certificateVerification == .fullVerification)
        #expect(tls.configuration.trustRoots == nil || tls.configuration.trustRoots == .default)
    }

    @Test("verify: false turns certificate checks off")
    func insecure() {
        let tls = AsyncHTTPClientTransport.tlsConfiguration(.init(verifyCertificates: false))
        #expect(tls.configuration.certificateVerification == .none)
    }

    @Test("cacert: the bundle's certificates become the only trust roots")
    func caBundle() throws {
        let path = try Fixtures.url("tls/test-ca.pem").path
        let tls = AsyncHTTPClientTransport.tlsConfiguration(.init(caCertificatePath: path))
        #expect(tls.problem == nil)
        #expect(tls.configuration.trustRoots == .certificates(try NIOSSLCertificate.fromPEMFile(path)))
        #expect(tls.configuration.certificateVerification == .fullVerification)
    }

    @Test("an unreadable or non-PEM cacert is reported on the first request, naming the file", arguments: [false, true])
    func badBundle(exists: Bool) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-ca-\(UUID().uuidString).pem").path
        if exists { try Data("not a certificate".utf8).write(to: URL(fileURLWithPath: path)) }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let transport = AsyncHTTPClientTransport(configuration: .init(caCertificatePath: path))
        let request = TransportRequest(method: .get, url: try #require(URL(string: "https://cloud.example.org:5000/v3")))
        let error = await #expect(throws: HTTPTransportError.self) { try await transport.send(request) }
        try await transport.shutdown()
        #expect(error?.kind == .caCertificateUnreadable(path: path))
        let failure = TransportFailure(service: .identity, method: .get, path: "/v3", error: try #require(error))
        #expect(failure.message.sourceText.contains(path))
        #expect(failure.recovery?.sourceText.contains("cacert") == true)
    }
}
