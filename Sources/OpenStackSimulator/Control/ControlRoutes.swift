import Foundation
import Hummingbird

/// The simulator's own control API under `/_simulator`, for tests and demos. It is never subject to
/// faults or latency and needs no token.
struct ControlRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let state = mount.state
        mount.route(router, .get, "/_simulator/faults", access: .anonymous) { _, _ throws(APIError) in
            .json(["faults": .array(state.faults.current.map(Self.json))])
        }
        // POST adds rules, PUT replaces them, DELETE clears them.
        mount.route(router, .post, "/_simulator/faults", access: .anonymous) { request, _ throws(APIError) in
            state.faults.add(try Self.rules(request.body))
            return .json(["faults": .array(state.faults.current.map(Self.json))], status: 201)
        }
        mount.route(router, .put, "/_simulator/faults", access: .anonymous) { request, _ throws(APIError) in
            state.faults.replace(with: try Self.rules(request.body))
            return .json(["faults": .array(state.faults.current.map(Self.json))])
        }
        mount.route(router, .delete, "/_simulator/faults", access: .anonymous) { _, _ throws(APIError) in
            state.faults.replace(with: [])
            return .empty(204)
        }
        mount.route(router, .get, "/_simulator/requests", access: .anonymous) { request, _ throws(APIError) in
            let log = state.log.snapshot()
            let prefix = request.query("path_prefix") ?? "/"
            let recent = log.recent.filter { $0.path.hasPrefix(prefix) }
            return .json([
                "count": .int(prefix == "/" ? log.total : recent.count),
                "requests": .array(
                    recent.map {
                        ["method": .string($0.method), "path": .string($0.path), "query": .string($0.query), "status": .int($0.status)]
                    }),
            ])
        }
        mount.route(router, .delete, "/_simulator/requests", access: .anonymous) { _, _ throws(APIError) in
            state.log.reset()
            return .empty(204)
        }
        // Token faults: expire every token issued so far, or shorten the lifetime of new ones.
        mount.route(router, .post, "/_simulator/tokens/expire", access: .anonymous) { request, world throws(APIError) in
            world.identity.tokensInvalidBefore = request.now
            return .empty(204)
        }
        mount.route(router, .put, "/_simulator/tokens/lifetime", access: .anonymous) { request, world throws(APIError) in
            guard let seconds = Self.number(request.body?["seconds"]), seconds > 0, seconds <= 10 * 365 * 86_400 else {
                throw APIError.badRequest("Expected {\"seconds\": <positive number of seconds, at most ten years>}.")
            }
            world.identity.tokenLifetime = seconds
            return .empty(204)
        }
        mount.route(router, .post, "/_simulator/clock/advance", access: .anonymous) { request, _ throws(APIError) in
            guard let seconds = Self.number(request.body?["seconds"]), seconds >= 0, seconds <= 10 * 365 * 86_400 else {
                throw APIError.badRequest("Expected {\"seconds\": <simulated seconds, at most ten years>}.")
            }
            state.clock.advance(by: seconds)
            return .json(["now": .string(state.clock.now().iso)])
        }
        mount.route(router, .put, "/_simulator/latency", access: .anonymous) { request, _ throws(APIError) in
            guard let milliseconds = Self.number(request.body?["milliseconds"]), milliseconds >= 0, milliseconds <= 60_000 else {
                throw APIError.badRequest("Expected {\"milliseconds\": <number between 0 and 60000>}.")
            }
            state.currentLatency = .milliseconds(milliseconds)
            return .empty(204)
        }
    }

    private static func number(_ value: JSON?) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }

    /// Rules from `{"faults": [...]}`, a bare array, or a single rule object.
    private static func rules(_ body: JSON?) throws(APIError) -> [FaultRule] {
        guard let body else { throw APIError.badRequest("Expected a JSON body with fault rules.") }
        let list: JSON = body["faults"] ?? (body.arrayValue != nil ? body : [body])
        do {
            return try JSONDecoder().decode([FaultRule].self, from: Data(list.serialized))
        } catch {
            throw APIError.badRequest("Invalid fault rules: \(error)")
        }
    }

    private static func json(_ rule: FaultRule) -> JSON {
        var body: JSON = ["method": .optional(rule.method), "path_prefix": .string(rule.pathPrefix), "count": .optional(rule.count)]
        switch rule.effect {
        case .status(let status): body.append("status", .int(status))
        case .delay(let delay): body.append("delay_ms", .int(Int((delay.inSeconds * 1000).rounded())))
        case .hang: body.append("hang", true)
        }
        return body
    }
}
