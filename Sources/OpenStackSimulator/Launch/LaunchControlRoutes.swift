import Hummingbird

/// Control calls under `/_simulator` that make a launch fail at a chosen step.
///
/// - `POST /_simulator/servers/{id}/error`: the server goes to ERROR now.
/// - `PUT /_simulator/launch`: `{"failing_servers": 1, "floating_ips_exhausted": true,
///   "failing_setup_step": "jupyter", "setup_step_seconds": 20, "auto_allocated_topology": false}`;
///   every member is optional and `null` clears `failing_setup_step`.
struct LaunchControlRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .post, "/_simulator/servers/:id/error", access: .anonymous) { request, world throws(APIError) in
            guard world.failServer(request.parameter("id"), now: request.now) else {
                throw APIError.notFound("No server \(request.parameter("id")).")
            }
            return .empty(204)
        }
        mount.route(router, .put, "/_simulator/launch", access: .anonymous) { request, world throws(APIError) in
            guard let body = request.body, body.isObject else {
                throw APIError.badRequest("Expected a JSON object of launch behaviours.")
            }
            try world.launch.apply(body)
            return .empty(204)
        }
    }
}

extension LaunchBehaviour {
    /// Applies the members of a `PUT /_simulator/launch` body.
    mutating func apply(_ body: JSON) throws(APIError) {
        for key in body.keys {
            guard let value = body[key] else { continue }
            switch key {
            case "failing_servers":
                guard let count = value.intValue, (0...100).contains(count) else { throw Self.bad(key) }
                failingServers = count
            case "floating_ips_exhausted":
                guard let flag = value.boolValue else { throw Self.bad(key) }
                floatingIPsExhausted = flag
            case "auto_allocated_topology":
                guard let flag = value.boolValue else { throw Self.bad(key) }
                autoAllocatedTopology = flag
            case "failing_setup_step":
                guard value.isNull || value.stringValue != nil else { throw Self.bad(key) }
                failingSetupStep = value.stringValue
            case "setup_step_seconds":
                guard let seconds = value.intValue, (1...3600).contains(seconds) else { throw Self.bad(key) }
                setupStepSeconds = Double(seconds)
            default:
                throw APIError.badRequest("Unknown launch behaviour \(key).")
            }
        }
    }

    private static func bad(_ key: String) -> APIError {
        APIError.badRequest("Invalid value for \(key).")
    }
}
