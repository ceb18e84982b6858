import Hummingbird

/// Who may call a route.
enum RouteAccess: Sendable {
    /// Anyone (version documents, `POST /v3/auth/tokens`).
    case anonymous
    /// Any valid token in `X-Auth-Token`, scoped or not (Keystone's own routes).
    case token
    /// A valid project-scoped token, as keystonemiddleware and the services' policies require.
    case project
}

/// Registers one service's routes and runs them: reads the body, checks the token, settles the
/// microversion, runs the handler under the world lock and writes the answer in the service's format
/// (deferred JSON is built and serialized after the lock is released).
struct ServiceMount: Sendable {
    let service: ServiceKind
    let state: SimulatorState
    var microversions: MicroversionPolicy?

    func route(
        _ router: Router<BasicRequestContext>, _ method: HTTPRequest.Method, _ path: String,
        access: RouteAccess = .project, _ handler: @escaping APIHandler
    ) {
        let mount = self
        router.on(RouterPath(path), method: method) { request, context in
            try await mount.respond(to: request, context: context, access: access, handler: handler)
        }
    }

    private func respond(
        to request: Request, context: BasicRequestContext, access: RouteAccess, handler: @escaping APIHandler
    ) async throws -> Response {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let acceptsJSON = headers["accept"].map { $0.contains("json") || $0.contains("*/*") } ?? true
        var versionHeaders: [(String, String)] = []
        do {
            let buffer = try await request.body.collect(upTo: 8 << 20)
            var call = APIRequest(
                method: request.method.rawValue, path: request.uri.path,
                query: QueryString.parse(request.uri.query),
                headers: headers,
                parameters: Dictionary(
                    context.parameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { $1 }),
                body: nil, baseURL: "", token: nil, microversion: Microversion(0, 0), now: state.clock.now())
            let bytes = Array(buffer.readableBytesView)
            let isBinary = headers["content-type"]?.hasPrefix("application/octet-stream") ?? false
            let isForm = headers["content-type"]?.hasPrefix("application/x-www-form-urlencoded") ?? false
            if isForm, call.method == "POST" {
                call.form = QueryString.parse(String(decoding: bytes, as: UTF8.self))
            } else if !bytes.isEmpty, !isBinary, ["POST", "PUT", "PATCH"].contains(call.method) {
                do {
                    call.body = try JSON.parse(bytes)
                } catch {
                    throw APIError.badRequest(malformedBodyMessage(error), neutronType: "MalformedRequestBody")
                }
            }
            if let microversions {
                let version = try microversions.negotiate(
                    header: headers["openstack-api-version"],
                    legacy: microversions.legacyHeader.flatMap { headers[$0] })
                call.microversion = version
                versionHeaders = microversions.responseHeaders(version)
            }
            let prepared = call
            let answer = try state.withWorld { world throws(APIError) -> APIResponse in
                var call = prepared
                call.baseURL = world.settings.baseURL
                call.token = try authenticate(call, access: access, world: world)
                return try handler(call, &world)
            }
            return Self.response(answer, extraHeaders: versionHeaders)
        } catch let error as APIError {
            // keystonemiddleware rejects a bad token before the service sees the request.
            return errorResponse(error, acceptsJSON: acceptsJSON, extraHeaders: error.status == 401 ? [] : versionHeaders)
        } catch {
            let failure = APIError(413, "Request is too large.")
            return errorResponse(failure, acceptsJSON: acceptsJSON, extraHeaders: versionHeaders)
        }
    }

    private func malformedBodyMessage(_ error: JSON.ParseFailure) -> String {
        switch service {
        case .network: "Malformed request body: \(error.reason)"
        case .image: "Malformed JSON in request body."
        case .identity: "Expecting to find valid JSON in request body."
        default: "Malformed request body"
        }
    }

    private func authenticate(_ call: APIRequest, access: RouteAccess, world: World) throws(APIError) -> TokenRecord? {
        if access == .anonymous { return nil }
        guard let id = call.header("x-auth-token"), let token = world.identity.validToken(id, at: call.now) else {
            var error = APIError.unauthorized
            // keystonemiddleware names the identity endpoint in WWW-Authenticate.
            error.headers = [("WWW-Authenticate", "Keystone uri=\"\(world.settings.baseURL)/identity\"")]
            throw error
        }
        if access == .project {
            guard let projectID = token.projectID else {
                throw APIError.forbidden("You are not authorized to perform the requested action: a project-scoped token is required.")
            }
            // Block Storage API ref: the URL carries the project id; Cinder answers a mismatch with
            // 400 "Malformed request url".
            if let urlProject = call.parameters["project_id"], urlProject != projectID {
                throw APIError.badRequest("Malformed request url")
            }
        }
        return token
    }

    func errorResponse(_ error: APIError, acceptsJSON: Bool, extraHeaders: [(String, String)] = []) -> Response {
        let (contentType, body) = error.rendered(by: service, acceptsJSON: acceptsJSON)
        var fields = HTTPFields()
        Self.add(("Content-Type", contentType), to: &fields)
        for header in extraHeaders + error.headers { Self.add(header, to: &fields) }
        return Response(
            status: HTTPResponse.Status(code: error.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func response(_ answer: APIResponse, extraHeaders: [(String, String)] = []) -> Response {
        var fields = HTTPFields()
        let bytes: [UInt8]
        switch answer.body {
        case .none:
            bytes = []
        case .json(let json):
            bytes = json.serialized
            add(("Content-Type", "application/json"), to: &fields)
        case .deferred(let render):
            bytes = render().serialized
            add(("Content-Type", "application/json"), to: &fields)
        case .text(let text, let contentType):
            bytes = Array(text.utf8)
            add(("Content-Type", contentType), to: &fields)
        }
        for header in extraHeaders + answer.headers { add(header, to: &fields) }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func add(_ header: (String, String), to fields: inout HTTPFields) {
        guard let name = HTTPFields.Element.Name(header.0) else { return }
        fields[name] = header.1
    }
}
