import HTTPTypes
import Hummingbird

/// Answers any method but GET, HEAD and POST (all this server has) with 405 before anything else
/// sees the request: nothing further down, metrics labels included, meets a method a client made up.
struct MethodGate<Context: RequestContext>: RouterMiddleware {
    static var allowed: Set<HTTPRequest.Method> { [.get, .head, .post] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.allowed.contains(request.method) else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD, POST", .cacheControl: "no-store"])
        }
        return try await next(request, context)
    }
}
