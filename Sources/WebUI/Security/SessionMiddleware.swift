import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Finds the browser session for every request and guards every state-changing one: its form
/// must carry a valid, unused CSRF token (or, for a script's multipart post, an `X-CSRF-Token`
/// header), and its `Origin` (when the browser sends one) must be this server's (see
/// ``OriginPolicy``).
///
/// A page view without a kept session gets a provisional one (see ``SessionStore``); the session
/// is kept, under a new id, only when the browser brings the access token or a form passes the
/// check. Our own assets get no session at all. Multipart posts are streamed: their files are
/// spooled by ``MultipartFormReceiver`` to private temporary files, removed once the route has
/// answered.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The most a form body may hold, in bytes.
    static let maximumFormBytes = 1 << 20

    let store: SessionStore
    /// The token a browser must bring once before using the app, if the server has one.
    let accessToken: String?
    /// Where form posts may come from.
    let origins: OriginPolicy
    /// Whether the cookie may travel over HTTPS only.
    var secureCookie = false
    /// How slowly bodies may arrive.
    var limits = ServingLimits()
    /// The load balancers whose `X-Forwarded-For` names the client.
    var proxies = TrustedProxies(networks: [])
    /// Which posts may carry files, and how large.
    var uploads = UploadPolicy(paths: [], maximumBytes: Int64(SessionMiddleware.maximumFormBytes), gate: UploadGate(maximumInFlight: 0))

    /// The header a load balancer names the client in.
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")

    /// The header a script may carry the CSRF token in instead of a form field.
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")

    /// Posts that end a session rather than start one: they never keep a provisional session.
    static let endingPaths: Set<String> = ["/logout"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Our own CSS, script and theme files carry nothing private and need no session; the
        // access-token refusal page needs them too.
        if Self.isAsset(request.uri.path) || Self.isProbe(request.uri.path) { return try await next(request, context) }
        var context = context
        context.forwardedClient = proxies.client(peer: context.remoteAddress, forwardedFor: Self.forwardedFor.flatMap { request.headers[$0] })
        if request.method == .post, request.uri.path == SingleSignOnRoutes.callbackPath {
            return try await receiveSingleSignOn(request, context: context, next: next)
        }
        let cookieValue = request.cookies[SessionCookie.name]?.value
        var newCookie: String?
        var issuedNow = false
        if try await !useKept(cookieValue, context: &context) {
            let provisional = store.provisional(forCookie: cookieValue)
            context.session = provisional.session
            context.sessionIsProvisional = true
            newCookie = provisional.cookie
            issuedNow = provisional.cookie != nil
        }
        if let accessToken, let session = context.session, !session.isAdmitted {
            if let given = request.uri.queryParameters.get("token"), Self.constantTimeEqual(given, accessToken) {
                // Admission is something to keep, under a new id: a cookie planted beforehand
                // does not become an admitted one.
                session.isAdmitted = true
                let kept = try await store.keep(session, for: request, context: context)
                // Drop the token from the address bar and history at once.
                var response = Response(status: .seeOther, headers: [.location: request.uri.path])
                response.setCookie(cookie(kept.cookie))
                return response
            }
            throw WebUIError.accessTokenRequired
        }
        if request.method != .get && request.method != .head {
            // A new cookie has had no form issued to it yet, so its first post is refused like any forgery.
            guard let session = context.session, !issuedNow, origins.allows(request.headers[.origin]) else {
                throw WebUIError.invalidCSRFToken
            }
            if MultipartParser.isMultipartForm(request.headers[.contentType]) {
                return try await receiveMultipart(request, context: context, session: session, next: next)
            }
            let body = try await Self.collect(request.body, upTo: Self.maximumFormBytes, pace: .form(within: limits.formTimeout))
            let form = FormFields(parsing: String(buffer: body))
            guard session.csrf.redeem(form["csrf"]), try await store.firstUse(ofFormToken: form["csrf"]) else {
                throw WebUIError.invalidCSRFToken
            }
            context.form = form
            newCookie = try await keepChecked(request, context: &context) ?? newCookie
        }
        return try await answer(request, context: context, cookie: newCookie, next: next)
    }

    /// Keystone's post of a single sign-on token, which comes from Keystone's site: it carries no
    /// form token, and the browser may have left the cookie behind. The route accepts the token
    /// only for a kept session that started a sign-in (see ``SingleSignOnRoutes``); without one it
    /// answers with a page, and no new cookie is set, so a cookie the browser left behind is kept.
    private func receiveSingleSignOn(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if try await !useKept(request.cookies[SessionCookie.name]?.value, context: &context) {
            context.session = store.provisional(forCookie: nil).session
            context.sessionIsProvisional = true
        }
        let body = try await Self.collect(request.body, upTo: SingleSignOnToken.maximumBytes * 2, pace: .form(within: limits.formTimeout))
        context.form = FormFields(parsing: String(buffer: body))
        return try await answer(request, context: context, cookie: nil, next: next)
    }

    /// Puts the kept session `cookieValue` names into `context`, with its anonymous id in the
    /// request's log lines (a digest's start, never the cookie); `false` when there is none.
    private func useKept(_ cookieValue: String?, context: inout Context) async throws -> Bool {
        guard let kept = try await store.session(forCookie: cookieValue) else { return false }
        context.session = kept
        context.logger[metadataKey: "session"] = .string(String(kept.rowKey.prefix(16)))
        return true
    }

    /// After a post passed the CSRF check: keeps a provisional session under a new id (unless the
    /// post ends it) and returns the cookie that names it.
    private func keepChecked(_ request: Request, context: inout Context) async throws -> String? {
        guard context.sessionIsProvisional, let session = context.session, !Self.endingPaths.contains(request.uri.path) else { return nil }
        let kept = try await store.keep(session, for: request, context: context)
        context.session = kept.session
        context.sessionIsProvisional = false
        return kept.cookie
    }

    /// `next`'s response, with `cookie` set unless the route set its own (it rotated or ended the
    /// session); what the route changed in a kept session is then stored for the other replicas.
    private func answer(
        _ request: Request, context: Context, cookie value: String?, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        if let session = context.session, !context.sessionIsProvisional {
            try await store.storeIfChanged(session)
        }
        if let value, response.headers[.setCookie] == nil {
            response.setCookie(cookie(value))
        }
        return response
    }

    /// A multipart post: checked against the upload limit before any byte is read, its token
    /// checked before any file is spooled, its files removed once `next` has answered. Files are
    /// taken only from a session that has a cloud to send them to.
    private func receiveMultipart(
        _ request: Request, context: Context, session: BrowserSession, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let wantsFiles = uploads.paths.contains(request.uri.path)
        // A provisional session in multi-user mode sees the anonymous workspace, which has none.
        if wantsFiles, session.workspace.sessions.sessions.isEmpty {
            throw WebUIError.uploadNeedsCloud
        }
        let limit = wantsFiles ? uploads.maximumBytes : Int64(Self.maximumFormBytes)
        let declared = request.headers[.contentLength].flatMap { Int64($0) }
        if let declared, declared > limit {
            throw WebUIError.uploadTooLarge(maximumBytes: limit)
        }
        let reservation = wantsFiles ? try uploads.gate.reserve(declared ?? limit, session: session.id) : nil
        defer { reservation?.release() }
        let headerToken = Self.csrfHeader.flatMap { request.headers[$0] }
        let pace: BodyPace =
            wantsFiles
            ? .upload(minimumBytesPerSecond: limits.minimumUploadBytesPerSecond, grace: limits.uploadGrace) : .form(within: limits.formTimeout)
        let receiver = MultipartFormReceiver(maximumBytes: limit, acceptsFiles: wantsFiles, pace: pace)
        let received = try await receiver.receive(request.body, contentType: request.headers[.contentType] ?? "") { fields in
            session.csrf.redeem(headerToken ?? fields["csrf"])
        }
        defer { received.removeFiles() }
        // A token is checked against every replica's use once this one has accepted it (after
        // the files, which are removed unread if it was used elsewhere).
        guard try await store.firstUse(ofFormToken: headerToken ?? received.fields["csrf"]) else { throw WebUIError.invalidCSRFToken }
        var context = context
        context.form = received.fields
        context.uploads = received.files
        let kept = try await keepChecked(request, context: &context)
        return try await answer(request, context: context, cookie: kept, next: next)
    }

    private func cookie(_ value: String) -> Cookie {
        SessionCookie.cookie(value, secure: secureCookie)
    }

    /// A health probe (``HealthRoutes``) or a metrics scrape (``MetricsRoutes``): a load
    /// balancer's or a scraper's, every few seconds, with no cookie; it must neither need a
    /// session nor leave one behind.
    static func isProbe(_ path: String) -> Bool {
        HealthRoutes.paths.contains(path) || path == MetricsRoutes.path
    }

    /// Whether `path` is one of our own static files or a theme's, which need no session.
    static func isAsset(_ path: String) -> Bool {
        path.hasPrefix("/static/") || path.hasPrefix("/theme/")
    }

    /// The body, refused past `limit` bytes or when it arrives slower than `pace` allows.
    static func collect(_ body: RequestBody, upTo limit: Int, pace: BodyPace) async throws -> ByteBuffer {
        var collected = ByteBuffer()
        for try await chunk in body {
            guard chunk.readableBytes <= limit - collected.readableBytes else {
                throw WebUIError.uploadTooLarge(maximumBytes: Int64(limit))
            }
            var chunk = chunk
            collected.writeBuffer(&chunk)
            try pace.check(received: Int64(collected.readableBytes))
        }
        return collected
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension SessionStore {
    /// Keeps `session` for the browser making `request`: counted under its client's address,
    /// listed among signed-in devices by its `User-Agent`.
    func keep(_ session: BrowserSession, for request: Request, context: WebRequestContext) async throws -> (session: BrowserSession, cookie: String) {
        try await keep(session, client: context.clientKey, device: DeviceName.summary(request.headers[.userAgent]))
    }
}
