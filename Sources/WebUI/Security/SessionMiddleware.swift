import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Finds or starts the browser session for every request, and guards every state-changing
/// request: its form must carry a valid, unused CSRF token (or, for a script's multipart post, an
/// `X-CSRF-Token` header), and its `Origin` (when the browser sends one) must be this server.
/// Multipart posts are streamed: their files are spooled by ``MultipartFormReceiver`` to private
/// temporary files, removed once the route has answered.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The most a form body may hold, in bytes.
    static let maximumFormBytes = 1 << 20

    let store: SessionStore
    /// The token a browser must bring once before using the app, if the server has one.
    let accessToken: String?
    /// Which posts may carry files, and how large.
    var uploads = UploadPolicy(paths: [], maximumBytes: Int64(SessionMiddleware.maximumFormBytes))

    /// The header a script may carry the CSRF token in instead of a form field.
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var newCookie: String?
        if let session = store.session(forCookie: request.cookies[SessionCookie.name]?.value) {
            context.session = session
        } else if let created = store.create() {
            context.session = created.session
            newCookie = created.cookie
        }
        if let accessToken, let session = context.session, !session.isAdmitted {
            if let given = request.uri.queryParameters.get("token"), Self.constantTimeEqual(given, accessToken) {
                session.isAdmitted = true
                // Drop the token from the address bar and history at once.
                var response = Response(status: .seeOther, headers: [.location: request.uri.path])
                if let newCookie { response.setCookie(Self.cookie(newCookie)) }
                return response
            }
            // Our own CSS, script and theme files carry nothing private; the refusal page needs them.
            if !(request.uri.path.hasPrefix("/static/") || request.uri.path.hasPrefix("/theme/")) {
                throw WebUIError.accessTokenRequired
            }
        }
        var request = request
        if request.method != .get && request.method != .head {
            // A new session has issued no token yet, so its first post is refused like any forgery.
            guard let session = context.session, newCookie == nil, Self.sameOrigin(request) else {
                throw WebUIError.invalidCSRFToken
            }
            if MultipartParser.isMultipartForm(request.headers[.contentType]) {
                return try await receiveMultipart(request, context: context, session: session, next: next)
            }
            let body = try await request.collectBody(upTo: Self.maximumFormBytes)
            let form = FormFields(parsing: String(buffer: body))
            guard session.csrf.redeem(form["csrf"]) else {
                throw WebUIError.invalidCSRFToken
            }
            context.form = form
        }
        var response = try await next(request, context)
        if let newCookie {
            response.setCookie(Self.cookie(newCookie))
        }
        return response
    }

    /// A multipart post: checked against the upload limit before any byte is read, its token
    /// checked before any file is spooled, its files removed once `next` has answered.
    private func receiveMultipart(
        _ request: Request, context: Context, session: BrowserSession, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let acceptsFiles = uploads.paths.contains(request.uri.path)
        let limit = acceptsFiles ? uploads.maximumBytes : Int64(Self.maximumFormBytes)
        if let declared = request.headers[.contentLength].flatMap({ Int64($0) }), declared > limit {
            throw WebUIError.uploadTooLarge(maximumBytes: limit)
        }
        let headerToken = Self.csrfHeader.flatMap { request.headers[$0] }
        let receiver = MultipartFormReceiver(maximumBytes: limit, acceptsFiles: acceptsFiles)
        let received = try await receiver.receive(request.body, contentType: request.headers[.contentType] ?? "") { fields in
            session.csrf.redeem(headerToken ?? fields["csrf"])
        }
        defer { received.removeFiles() }
        var context = context
        context.form = received.fields
        context.uploads = received.files
        return try await next(request, context)
    }

    static func cookie(_ value: String) -> Cookie {
        Cookie(name: SessionCookie.name, value: value, path: "/", httpOnly: true, sameSite: .strict)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Whether `Origin`, when present, names the host the request was sent to.
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }
}
