import Foundation
@testable import OpenStackAPI
import Testing
@testable import OutboundHTTP

extension ContractCloud {
    /// Runs `body`, expecting the cloud to refuse it with HTTP `status`, and checks that the error
    /// carries the service's own explanation: a non-empty ``OpenStackError/cloudMessage`` that is
    /// found, word for word, in the raw body the service sent.
    ///
    /// - Returns: the failure, for further checks; `nil` when the call did not fail that way
    ///   (an issue has been recorded).
    @discardableResult
    func expectCloudError<Value>(
        _ status: Int, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () async throws -> Value
    ) async -> HTTPFailure? {
        let error: OpenStackError
        do {
            _ = try await body()
            Issue.record("\(what): expected HTTP \(status), but the call succeeded", sourceLocation: sourceLocation)
            return nil
        } catch let caught as OpenStackError {
            error = caught
        } catch {
            Issue.record("\(what): expected HTTP \(status), got \(error)", sourceLocation: sourceLocation)
            return nil
        }
        guard case .http(let failure) = error else {
            Issue.record("\(what): expected HTTP \(status), got \(error)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(failure.status == status, "\(what): status", sourceLocation: sourceLocation)
        let message = failure.cloudMessage ?? ""
        #expect(!message.isEmpty, "\(what): the cloud's message is empty", sourceLocation: sourceLocation)
        let raw = transport.exchanges.last { $0.url.path == failure.path && $0.status == failure.status }
        #expect(raw != nil, "\(what): no recorded response for \(failure.path)", sourceLocation: sourceLocation)
        if let raw {
            #expect(
                CloudText.body(raw.body, contains: message),
                "\(what): \"\(message)\" is not the service's own text: \(String(decoding: raw.body, as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
        note(
            "\(what): \(failure.method.rawValue) \(failure.path) -> \(failure.status) "
                + "[\(failure.cloudErrorType ?? "-")] \(message)")
        return failure
    }

    /// Prints a line for the report, naming the back end.
    func note(_ text: String) {
        print("[contract \(backend.testDescription)] \(text)")
    }
}

/// Finds an error message in a raw response body.
enum CloudText {
    /// Whether `message` is the body's own text: a string of a JSON body (or, for a message made
    /// of several fields, such as Neutron's message and detail, the first of them), or the text of
    /// a plain or HTML body.
    static func body(_ body: Data, contains message: String) -> Bool {
        var wanted = collapse(message)
        if wanted.hasSuffix("…") { wanted.removeLast() }
        guard !wanted.isEmpty else { return false }
        if let json = try? JSONNode.parse(body), case .object = json {
            return json.allStrings.map(collapse).contains { value in
                value.contains(wanted) || (!value.isEmpty && wanted.hasPrefix(value) && value.count * 2 >= wanted.count)
            }
        }
        let text = String(decoding: body, as: UTF8.self)
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return collapse(text).contains(wanted)
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
