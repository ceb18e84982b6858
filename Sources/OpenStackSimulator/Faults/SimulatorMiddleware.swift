import Hummingbird
import Logging

/// Runs around every request: injects faults and latency, stamps the request id headers the
/// services send, turns unknown paths into each service's 404, and records the request.
struct SimulatorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let state: SimulatorState

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        let service = ServiceKind.of(path: String(path.dropFirst()))
        if service == .control { return try await next(request, context) }
        let method = request.method.rawValue
        var injectedStatus: Int?
        var faultDelay = Duration.zero
        var hangs = false
        for effect in state.faults.consume(method: method, path: path) {
            switch effect {
            case .status(let status): injectedStatus = injectedStatus ?? status
            case .delay(let extra): faultDelay += extra
            case .hang: hangs = true
            }
        }
        // Waits end when the server stops, so that a graceful stop does not wait for them; the
        // request then gets the answer of a service going away. A slow or hung service is slow
        // before it does anything, so an injected delay comes first.
        if hangs { faultDelay = .seconds(24 * 3600) }
        if faultDelay > .zero, await !state.shutdown.sleep(until: .now + faultDelay) { injectedStatus = 503 }
        var response: Response
        if let injectedStatus {
            response = faultResponse(status: injectedStatus, service: service)
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = unmatched(error, service: service)
            }
        }
        // The latency is the network's: the answer is made when the request arrives and reaches
        // the client a round trip after it was made. Made first, the simulator's own work falls
        // inside the wait, as a cloud's work runs on the cloud's processors, not on the client's.
        let latency = state.currentLatency
        if latency > .zero, await !state.shutdown.sleep(until: .now + latency) {
            response = faultResponse(status: 503, service: service)
        }
        stampRequestID(on: &response, service: service)
        state.logger.debug(
            "Simulated request", metadata: ["http.method": "\(method)", "http.path": "\(path)", "http.status": "\(response.status.code)"])
        state.log.record(
            RecordedRequest(
                method: method, path: path, query: request.uri.query ?? "", status: Int(response.status.code)))
        return response
    }

    /// Nova sends `x-compute-request-id` as well as `x-openstack-request-id` (Compute API ref,
    /// "Request and Response Headers"); every other service sends the latter.
    private func stampRequestID(on response: inout Response, service: ServiceKind?) {
        var generator = SystemRandomNumberGenerator()
        let requestID = "req-" + generator.uuid()
        var fields = response.headers
        ServiceMount.add(("x-openstack-request-id", requestID), to: &fields)
        if service == .compute { ServiceMount.add(("x-compute-request-id", requestID), to: &fields) }
        response.headers = fields
    }

    /// What a client sees when a service is down: for 502, 503 and 504 the load balancer's page
    /// (HAProxy in front of the APIs, as in most deployments); otherwise the service's own error body.
    private func faultResponse(status: Int, service: ServiceKind?) -> Response {
        if [502, 503, 504].contains(status) || service == nil {
            let reason = APIError.reason(status)
            let explanation =
                status == 504
                ? "The server didn't respond in time." : "No server is available to handle this request."
            let page = "<html><body><h1>\(status) \(reason)</h1>\n\(explanation)\n</body></html>\n"
            return ServiceMount.response(
                APIResponse(status: status, headers: [("Cache-Control", "no-cache")], body: .text(page, contentType: "text/html")))
        }
        let error = APIError(status, "Injected fault: the simulator was told to answer \(status).")
        return mount(service ?? .compute).errorResponse(error, acceptsJSON: true)
    }

    /// A path no route matches: the service's 404 ("The resource could not be found.").
    private func unmatched(_ error: HTTPError, service: ServiceKind?) -> Response {
        let status = Int(error.status.code)
        let apiError = APIError(status, status == 404 ? "The resource could not be found." : APIError.reason(status))
        return mount(service ?? .identity).errorResponse(apiError, acceptsJSON: true)
    }

    private func mount(_ service: ServiceKind) -> ServiceMount {
        ServiceMount(service: service, state: state, microversions: nil)
    }
}
