import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct ErrorBodyTests {
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let fixture: String
        let status: Int
        let cloudMessage: String
        let cloudErrorType: String?
        let messageStart: String
        let recoveryContains: String
        var testDescription: String { fixture }
    }

    static let cases: [ErrorCase] = [
        ErrorCase(
            fixture: "errors/keystone-401.json", status: 401,
            cloudMessage: "The request you have made requires authentication.", cloudErrorType: "Unauthorized",
            messageStart: "Compute (Nova) did not accept the credentials", recoveryContains: "application credential"),
        ErrorCase(
            fixture: "errors/keystone-404.json", status: 404, cloudMessage: "Could not find project: 9f1a.",
            cloudErrorType: "Not Found", messageStart: "Compute (Nova) found nothing", recoveryContains: "deleted"),
        ErrorCase(
            fixture: "errors/nova-itemNotFound.json", status: 404, cloudMessage: "Instance 9f1a could not be found.",
            cloudErrorType: "itemNotFound", messageStart: "Compute (Nova) found nothing",
            recoveryContains: "list the resources again"),
        ErrorCase(
            fixture: "errors/nova-badRequest.json", status: 400,
            cloudMessage:
                "Invalid input for field/attribute flavorRef. Value: None. None is not of type 'string', 'integer'",
            cloudErrorType: "badRequest", messageStart: "Compute (Nova) rejected", recoveryContains: "Check the values"),
        ErrorCase(
            fixture: "errors/nova-conflictingRequest.json", status: 409,
            cloudMessage: "Cannot 'stop' instance 9f1a while it is in vm_state stopped",
            cloudErrorType: "conflictingRequest",
            messageStart: "Compute (Nova) refused", recoveryContains: "Wait until"),
        ErrorCase(
            fixture: "errors/nova-forbidden-quota.json", status: 403,
            cloudMessage: "Quota exceeded for cores: Requested 8, but already used 20 of 20 cores",
            cloudErrorType: "forbidden",
            messageStart: "Compute (Nova) refused", recoveryContains: "larger quota"),
        ErrorCase(
            fixture: "errors/nova-forbidden-policy.json", status: 403,
            cloudMessage: "Policy doesn't allow os_compute_api:servers:create:forced_host to be performed.",
            cloudErrorType: "forbidden", messageStart: "Compute (Nova) does not allow",
            recoveryContains: "role or permission"),
        ErrorCase(
            fixture: "errors/nova-computeFault.json", status: 500,
            cloudMessage:
                "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible. <class 'nova.exception.InternalError'>",
            cloudErrorType: "computeFault", messageStart: "Compute (Nova) failed with an internal error",
            recoveryContains: "req-42"),
        ErrorCase(
            fixture: "errors/cinder-overLimit.json", status: 413,
            cloudMessage:
                "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 50G, quota is 1000G and 990G has been consumed.",
            cloudErrorType: "overLimit", messageStart: "Compute (Nova) refused", recoveryContains: "larger quota"),
        ErrorCase(
            fixture: "errors/neutron-NetworkNotFound.json", status: 404,
            cloudMessage: "Network 8d6a could not be found.",
            cloudErrorType: "NetworkNotFound", messageStart: "Compute (Nova) found nothing", recoveryContains: "deleted"
        ),
        ErrorCase(
            fixture: "errors/neutron-OverQuota.json", status: 409,
            cloudMessage: "Quota exceeded for resources: ['floatingip'].",
            cloudErrorType: "OverQuota", messageStart: "Compute (Nova) refused", recoveryContains: "larger quota"),
        ErrorCase(
            fixture: "errors/glance-404.txt", status: 404, cloudMessage: "The resource could not be found.",
            cloudErrorType: nil,
            messageStart: "Compute (Nova) found nothing", recoveryContains: "deleted"),
        ErrorCase(
            fixture: "errors/glance-404.html", status: 404, cloudMessage: "No image found with ID 0a3d",
            cloudErrorType: nil,
            messageStart: "Compute (Nova) found nothing", recoveryContains: "deleted"),
        ErrorCase(
            fixture: "errors/glance-409.json", status: 409,
            cloudMessage: "Image 0a3d is protected and cannot be deleted.",
            cloudErrorType: "Conflict", messageStart: "Compute (Nova) refused", recoveryContains: "Wait until"),
        ErrorCase(
            fixture: "errors/proxy-502.html", status: 502,
            cloudMessage: "The proxy server received an invalid response from an upstream server.", cloudErrorType: nil,
            messageStart: "Compute (Nova) failed with an internal error", recoveryContains: "Try again in a few minutes"
        ),
    ]

    @Test("each service's error body becomes a readable message with a hint", arguments: cases)
    func readable(_ errorCase: ErrorCase) async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/compute/v2.1/servers/9f1a", status: errorCase.status, fixture: errorCase.fixture,
            headers: ["x-openstack-request-id": "req-42"])
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute().showServer(id: "9f1a")
        }
        guard case .http(let failure) = error else {
            Issue.record("expected an HTTP failure, got \(String(describing: error))")
            return
        }
        #expect(failure.service == .compute)
        #expect(failure.method == .get)
        #expect(failure.path == "/compute/v2.1/servers/9f1a")
        #expect(failure.status == errorCase.status)
        #expect(failure.requestID == "req-42")
        #expect(failure.cloudMessage == errorCase.cloudMessage)
        #expect(failure.cloudErrorType == errorCase.cloudErrorType)
        let message = error?.message.sourceText ?? ""
        #expect(message.hasPrefix(errorCase.messageStart))
        #expect(message.contains("GET /compute/v2.1/servers/9f1a"))
        #expect(message.hasSuffix(errorCase.cloudMessage))
        #expect(error?.recovery?.sourceText.contains(errorCase.recoveryContains) == true)
    }

    @Test("an unrecognised body is cut to a short excerpt")
    func excerpt() async throws {
        let environment = TestEnvironment()
        let long = String(repeating: "word ", count: 500)
        environment.transport.on(.get, "/compute/v2.1/servers/9f1a") { _ in
            TransportResponse(status: 500, body: Data(long.utf8))
        }
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute().showServer(id: "9f1a")
        }
        let cloudMessage = try #require(error?.cloudMessage)
        #expect(cloudMessage.count == 401)
        #expect(cloudMessage.hasSuffix("…"))
    }

    @Test("an empty body still gives a readable message")
    func emptyBody() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.delete, "/compute/v2.1/servers/9f1a", status: 404)
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute().deleteServer(id: "9f1a")
        }
        #expect(
            error?.message.sourceText
                == "Compute (Nova) found nothing at DELETE /compute/v2.1/servers/9f1a (HTTP 404): no explanation given")
    }

    @Test("undecodable JSON names the service, the path and the field")
    func decodingError() async throws {
        let environment = TestEnvironment()
        let body = Data(#"{"servers": [{"id": "a"}, {"id": "b", "created": "yesterday"}]}"#.utf8)
        environment.transport.on(.get, "/compute/v2.1/servers/detail") { _ in TransportResponse(status: 200, body: body)
        }
        let error = await #expect(throws: OpenStackError.self) { try await environment.compute().listServers() }
        guard case .decoding(let failure) = error else {
            Issue.record("expected a decoding failure")
            return
        }
        #expect(failure.field == "servers[1].created")
        #expect(failure.path == "/compute/v2.1/servers/detail")
        #expect(
            error?.message.sourceText.hasPrefix(
                "Compute (Nova) answered GET /compute/v2.1/servers/detail with an unusable value in field servers[1].created"
            ) == true)
    }

    @Test(
        "missing fields, wrong types and non-JSON bodies are named",
        arguments: [
            (#"{"server": {"name": "x"}}"#, "server.id", DecodingFailure.Problem.missingField),
            (#"{"server": {"id": 42}}"#, "server.id", .wrongType(expected: "a string")),
            ("<html>oops</html>", "(body)", .notJSON),
        ])
    func decodingProblems(body: String, field: String, problem: DecodingFailure.Problem) async throws {
        let environment = TestEnvironment()
        environment.transport.on(.get, "/compute/v2.1/servers/x") { _ in
            TransportResponse(status: 200, body: Data(body.utf8))
        }
        let error = await #expect(throws: OpenStackError.self) { try await environment.compute().showServer(id: "x") }
        guard case .decoding(let failure) = error else {
            Issue.record("expected a decoding failure, got \(String(describing: error))")
            return
        }
        #expect(failure.field == field)
        #expect(failure.problem == problem)
    }

    @Test(
        "transport failures name the host and port",
        arguments: [
            (HTTPTransportError.Kind.connectionRefused, "refused the connection"),
            (.connectTimeout, "Could not connect"),
            (.readTimeout, "did not answer"),
            (.hostNotFound, "could not be found"),
        ])
    func transportFailure(kind: HTTPTransportError.Kind, phrase: String) async throws {
        let environment = TestEnvironment()
        environment.transport.on(.get, "/compute/v2.1/servers/x") { _ in
            throw HTTPTransportError(kind: kind, host: "cloud.test", port: 8774)
        }
        let error = await #expect(throws: OpenStackError.self) { try await environment.compute().showServer(id: "x") }
        let message = error?.message.sourceText ?? ""
        #expect(message.contains(phrase))
        #expect(message.contains("cloud.test"))
        #expect(kind == .hostNotFound || message.contains("cloud.test:8774"))
        #expect(error?.recovery != nil)
        #expect(environment.activity.records().first?.status == nil)
    }
}
