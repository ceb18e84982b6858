import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct TransportTests {
    @Test(
        "the AsyncHTTPClient transport reports a refused connection with host and port",
        arguments: [true, false])
    func refused(retrying: Bool) async throws {
        // With retries on, AsyncHTTPClient reports the refusal when the connect timeout ends.
        let transport = AsyncHTTPClientTransport(
            configuration: .init(
                connectTimeout: .milliseconds(200), requestTimeout: .seconds(5), retryConnectionEstablishment: retrying)
        )
        let url = try TestEnvironment.url(URL(string: "http://127.0.0.1:1/compute/v2.1"))
        let environment = TestEnvironment()
        let context = APIContext(
            transport: transport, activityLog: environment.activity, logger: environment.logs.logger)
        let compute = ComputeClient(
            context: context, endpoint: url, tokens: StaticTokenSource(TestEnvironment.token),
            microversion: .base(for: .compute))
        let error = await #expect(throws: OpenStackError.self) { try await compute.showServer(id: "x") }
        try await transport.shutdown()
        guard case .transport(let failure) = error else {
            Issue.record("expected a transport failure, got \(String(describing: error))")
            return
        }
        #expect(failure.error == HTTPTransportError(kind: .connectionRefused, host: "127.0.0.1", port: 1))
        #expect(failure.path == "/compute/v2.1/servers/x")
        #expect(error?.message.sourceText.contains("127.0.0.1:1") == true)
        #expect(environment.activity.records().map(\.status) == [nil])
    }

    @Test("request and response headers are looked up without regard to case")
    func headerCase() throws {
        let url = try TestEnvironment.url(URL(string: "http://cloud.test/"))
        let request = TransportRequest(method: .get, url: url, headers: ["X-Auth-Token": "t"])
        #expect(request.header("x-auth-token") == "t")
        let response = TransportResponse(status: 200, headers: ["X-Compute-Request-Id": "req-1"])
        #expect(response.requestID == "req-1")
        #expect(
            TransportResponse(
                status: 200, headers: ["x-openstack-request-id": "req-2", "x-compute-request-id": "req-1"]
            ).requestID == "req-2")
    }
}
