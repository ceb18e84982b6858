import HTTPTypes
import Hummingbird
import Localization
import Logging

/// Shows errors as pages in the person's language: a ``WebUIError`` with its message and what to
/// do, a cloud's failure as 502 with the cloud's words, a missing page as 404, anything
/// unexpected as a plain 500 that reveals no internals.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// Renders the error page.
    let pages: PageResponder

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebUIError {
            return try render(error, status: Self.status(for: error), request: request, context: context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return try render(WebUIError.notFound(request.uri.path), status: .notFound, request: request, context: context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch let error as any UserFacingError {
            // A cloud's failure (or another error that can explain itself): what the cloud did
            // and what to do, as the CLI says it, rather than a bare 500.
            let status: HTTPResponse.Status = error is any UpstreamFailure ? .badGateway : .badRequest
            return try render(message: error.message, recovery: error.recovery, status: status, request: request, context: context)
        } catch {
            context.logger.info("page failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw HTTPError(.internalServerError)
        }
    }

    static func status(for error: WebUIError) -> HTTPResponse.Status {
        switch error {
        case .invalidCSRFToken: return .forbidden
        case .accessTokenRequired: return .unauthorized
        case .notFound, .unknownCloud: return .notFound
        case .invalidForm, .numberOutOfRange, .invalidCloud, .malformedForm, .notConfirmed, .uploadNeedsCloud: return .badRequest
        case .onlyOfferedClouds, .singleSignOnNotOffered, .singleSignOnNotStarted, .singleSignOnCookieMissing, .singleSignOnOtherUser:
            return .forbidden
        case .tooManyNewSessions: return .tooManyRequests
        case .sessionsFull, .uploadsBusy: return .serviceUnavailable
        case .bodyTimedOut: return .requestTimeout
        case .uploadTooLarge: return .contentTooLarge
        case .sessionKey, .template, .templatesMissing, .cannotListen, .uploadNotStored, .publicAddressRequired, .invalidPublicAddress,
            .hostedNeedsMultiUser:
            return .internalServerError
        }
    }

    private func render(_ error: WebUIError, status: HTTPResponse.Status, request: Request, context: Context) throws -> Response {
        try render(message: error.message, recovery: error.recovery, status: status, request: request, context: context)
    }

    private func render(
        message: LocalizableMessage, recovery: LocalizableMessage?, status: HTTPResponse.Status, request: Request, context: Context
    ) throws -> Response {
        let localizer = pages.localizer(for: request, session: context.session)
        let page = ErrorPage(status: status.code, message: localizer.text(message), recovery: recovery.map(localizer.text))
        return try pages.page(
            "error", title: LocalizableMessage("Something went wrong"), section: .none, page: page, request: request,
            context: context, status: status)
    }
}
