import CloudConfig
import Foundation
import Synchronization

/// A transport that answers from recorded exchanges, in order, and notes every request that does
/// not match the next recording (openstacksdk's `assert_calls`, for plugins).
///
/// A fixture file is a JSON list of exchanges:
/// ```json
/// [{ "request": { "method": "POST", "url": "https://support.example.edu/api/tickets",
///                 "json": { "subject": "Help" } },
///    "response": { "status": 201, "json": { "id": 42 } } }]
/// ```
/// A request matches on method and URL, and on its body too when the recording gives one:
/// `json` (compared as JSON values: key order and spacing do not matter) or `body` (exact text).
public final class FixtureTransport: PluginHTTPTransport {
    /// One recorded request and its answer.
    public struct Exchange: Sendable, Hashable {
        /// Expected method.
        public var method: String
        /// Expected URL.
        public var url: String
        /// The answer.
        public var response: PluginHTTPResponse
        /// The body the request must carry, if the recording says.
        public var body: ExpectedBody?

        /// Creates an exchange.
        public init(method: String, url: String, body: ExpectedBody? = nil, response: PluginHTTPResponse) {
            self.method = method
            self.url = url
            self.body = body
            self.response = response
        }
    }

    /// A recorded request's body.
    public enum ExpectedBody: Sendable, Hashable {
        /// Exactly this text.
        case text(String)
        /// This JSON value, whatever the key order and spacing (kept in canonical form).
        case json(String)

        /// Whether `bytes` is this body.
        func matches(_ bytes: [UInt8]) -> Bool {
            switch self {
            case .text(let text): return String(decoding: bytes, as: UTF8.self) == text
            case .json(let canonical): return Self.canonical(Data(bytes)) == canonical
            }
        }

        /// The expected body as a message shows it.
        var shown: String {
            switch self {
            case .text(let text), .json(let text): return text
            }
        }

        /// `data` parsed as JSON and written with sorted keys and no spaces; `nil` when not JSON.
        static func canonical(_ data: Data) -> String? {
            guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                let encoded = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
            else { return nil }
            return String(decoding: encoded, as: UTF8.self)
        }
    }

    private struct Progress {
        var next = 0
        var requests: [PluginHTTPRequest] = []
        var problems: [String] = []
    }

    private let exchanges: [Exchange]
    private let progress = Mutex(Progress())

    /// A transport answering `exchanges` in order.
    public init(_ exchanges: [Exchange]) {
        self.exchanges = exchanges
    }

    /// Reads every `*.json` file in `folder` (sorted by name) as a list of exchanges.
    public convenience init(folder: String) throws(PluginError) {
        var exchanges: [Exchange] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path),
                let list = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]]
            else { throw .manifestUnreadable(path: path, reason: "it is not a JSON list of exchanges") }
            for (index, item) in list.enumerated() {
                guard let request = item["request"] as? [String: Any], let url = request["url"] as? String,
                    let response = item["response"] as? [String: Any]
                else { throw .invalidManifest(.file(path), field: "[\(index)]", problem: "needs request.url and response") }
                var body = Array(((response["body"] as? String) ?? "").utf8)
                var headers = (response["headers"] as? [String: String]) ?? [:]
                if let json = response["json"], let encoded = try? JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed]) {
                    body = Array(encoded)
                    headers["content-type"] = headers["content-type"] ?? "application/json"
                }
                var expected: ExpectedBody?
                if let json = request["json"] {
                    guard let encoded = try? JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed]),
                        let canonical = ExpectedBody.canonical(encoded)
                    else { throw .invalidManifest(.file(path), field: "[\(index)].request.json", problem: "is not a JSON value") }
                    expected = .json(canonical)
                } else if let text = request["body"] as? String {
                    expected = .text(text)
                }
                exchanges.append(Exchange(
                    method: ((request["method"] as? String) ?? "GET").uppercased(), url: url, body: expected,
                    response: PluginHTTPResponse(status: (response["status"] as? Int) ?? 200, headers: headers, body: body)))
            }
        }
        self.init(exchanges)
    }

    /// The requests received so far.
    public var requests: [PluginHTTPRequest] { progress.withLock { $0.requests } }

    /// Unexpected requests, and recordings never requested, described as "expected … got …".
    public var problems: [String] {
        progress.withLock { progress in
            progress.problems + exchanges.dropFirst(progress.next).map { "expected \($0.method) \($0.url), but it was never requested" }
        }
    }

    /// Answers with the next recording when the request matches it.
    public func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
        try progress.withLock { progress throws(FixtureMismatch) -> PluginHTTPResponse in
            progress.requests.append(request)
            guard progress.next < exchanges.count else {
                let problem = "got \(request.method) \(request.url), but no more requests were recorded"
                progress.problems.append(problem)
                throw FixtureMismatch(description: problem)
            }
            let expected = exchanges[progress.next]
            guard expected.method == request.method, expected.url == request.url else {
                let problem = "request \(progress.next + 1): expected \(expected.method) \(expected.url), got \(request.method) \(request.url)"
                progress.problems.append(problem)
                throw FixtureMismatch(description: problem)
            }
            if let body = expected.body, !body.matches(request.body ?? []) {
                let got = String(decoding: (request.body ?? []).prefix(300), as: UTF8.self)
                let problem = "request \(progress.next + 1): \(request.method) \(request.url): expected the body \(body.shown.prefix(300)), got \(got.isEmpty ? "none" : got)"
                progress.problems.append(problem)
                throw FixtureMismatch(description: problem)
            }
            progress.next += 1
            return expected.response
        }
    }
}

/// A request that did not match the recordings.
struct FixtureMismatch: Error, CustomStringConvertible {
    let description: String
}
