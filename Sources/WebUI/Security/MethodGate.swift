import HTTPTypes
import Hummingbird

/// Answers any method but GET, HEAD and POST (all this server has) with 405 before anything else
/// sees the request: nothing further down, metrics labels included, meets a method a client made up.
struct MethodGate<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch request.method {
        case .get, .head, .post:
            return try await next(request, context)
        default:
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD, POST", .cacheControl: "no-store"])
        }
    }
}
