import CloudConfig
import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

@testable import WebUI

/// A web app over the source tree's templates and the repository's themes, with its session key
/// in a temporary folder.
enum TestWebApp {
    static var themes: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes", isDirectory: true)
    }

    /// The public address a multi-user test app is configured with.
    static let publicOrigin = "https://exosphere.test"

    static var resources: WebResources {
        WebResources(
            directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/WebUI/Resources", isDirectory: true),
            reloads: true)
    }

    static func configuration(
        host: String = "127.0.0.1", about: String = "", themes: URL = themes, accessToken: String? = nil, privateClouds: Bool = true
    ) -> WebUIConfiguration {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-webui-\(UUID().uuidString)")
        var configuration = WebUIConfiguration(
            host: host, port: 0, themesDirectory: themes, aboutText: about,
            sessionKeyPath: folder.appendingPathComponent("session.key").path, resources: resources,
            settings: ExosphereSettings(homeDirectory: folder.path),
            languages: [.init(tag: "en", name: "English"), .init(tag: "pt-BR", name: "Português (Brasil)")], accessToken: accessToken)
        // Multi-user mode needs the address people open; tests post from it.
        if configuration.isMultiUser { configuration.publicURL = URL(string: publicOrigin) }
        // The simulated clouds listen on loopback, which visitors may not reach by default.
        configuration.settings.ui.privateCloudAddresses = privateClouds
        return configuration
    }

    static func make(host: String = "127.0.0.1", about: String = "", accessToken: String? = nil, workspace: CloudWorkspace? = nil) throws -> WebApp {
        try WebApp(configuration: configuration(host: host, about: about, accessToken: accessToken), sharedWorkspace: workspace, logger: Logger(label: "exosphere.tests.webui"))
    }

    /// Runs `body` against a new app through HummingbirdTesting's in-process client, and closes
    /// the app's HTTP clients afterwards, even when `body` throws.
    static func test(host: String = "127.0.0.1", about: String = "", accessToken: String? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await serve(try make(host: host, about: about, accessToken: accessToken), body)
    }

    /// Runs `body` against `app`'s routes through the in-process client, and closes the app's
    /// HTTP clients afterwards, even when `body` throws.
    static func serve(_ app: WebApp, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        do {
            try await app.application().test(.router, body)
        } catch {
            await app.close()
            throw error
        }
        await app.close()
    }
}

/// A browser's cookie jar and the last page's CSRF token, over HummingbirdTesting's client.
struct TestBrowser {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    /// The `User-Agent` sent, when set.
    var userAgent: String?
    /// The `Accept` sent, when set (a browser's page view sends `text/html`).
    var accept: String?

    init(_ client: any TestClientProtocol, userAgent: String? = nil) {
        self.client = client
        self.userAgent = userAgent
    }

    /// GETs `uri`, keeping the session cookie and the page's CSRF token.
    @discardableResult
    mutating func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers(), body: nil)
        remember(response)
        return response
    }

    /// POSTs a form; `csrf` defaults to the token of the last page.
    @discardableResult
    mutating func post(_ uri: String, _ fields: [(String, String)], csrf token: String?? = nil, origin: String? = nil) async throws -> TestResponse {
        var all = fields
        if let token = token ?? csrf { all.append(("csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// POSTs a `multipart/form-data` form: the CSRF token first (defaulting to the last page's),
    /// then `fields`, then `files`; `extra` headers are added (such as `X-CSRF-Token`).
    @discardableResult
    mutating func postMultipart(
        _ uri: String, _ fields: [(String, String)], files: [(field: String, filename: String, data: [UInt8])], csrf token: String?? = nil,
        extra: [(String, String)] = []
    ) async throws -> TestResponse {
        let boundary = "exosphere-test-boundary-7f3a"
        var all = fields
        if let token = token ?? csrf { all.insert(("csrf", token), at: 0) }
        var body = ByteBuffer()
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = headers()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        for (name, value) in extra {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: body)
        remember(response)
        return response
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "\(SessionCookie.name)=\(cookie)" }
        if let userAgent { headers[.userAgent] = userAgent }
        if let accept { headers[.accept] = accept }
        return headers
    }

    private mutating func remember(_ response: TestResponse) {
        if let setCookie = response.headers[.setCookie], let value = setCookie.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last {
            cookie = String(value)
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: "name=\"csrf\" value=\"") {
            csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
