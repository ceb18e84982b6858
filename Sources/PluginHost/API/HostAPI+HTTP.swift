import Foundation

extension HostAPI {
    static let httpFunctions: [HostFunction] = [
        HostFunction(
            name: "http.request", since: v1_0, contexts: waiting, capability: "http",
            summary: "Sends { method, url, headers, body | json, timeout } to an allowed origin; returns { status, headers, body, json } or nil, err. Redirects are not followed (a 3xx comes back as it is)."
        ) { session, call throws(HostMisuse) in
            let spec = try call.table(1)
            let request = try session.httpRequest(from: spec)
            let transport = session.environment.transport
            return .wait {
                await HTTPExchange.perform(request, transport: transport)
            }
        }
    ]
}

extension PluginSession {
    /// Checks the request table and the `http` capability.
    func httpRequest(from spec: LuaValue) throws(HostMisuse) -> PluginHTTPRequest {
        let url = try spec.requiredText("url")
        guard let components = URLComponents(string: url), HTTPOrigin.hasPlainPath(components) else {
            throw HostMisuse("\"\(url)\" has a . or .. segment or an encoded / or \\ in its path; write the path it means")
        }
        guard let target = HTTPOrigin(url) else { throw HostMisuse("\"\(url)\" is not an http or https URL") }
        // A manifest origin naming a private address lets the plugin reach it; so does one the
        // operator set (config:<url setting>): they chose that host.
        let granted = manifest.capabilities.http.compactMap { entry in
            HTTPOrigin(entry).map { (origin: $0, privateAllowed: $0.namesPrivateAddress) } ?? configOrigin(entry).map { (origin: $0, privateAllowed: true) }
        }
        let admitting = granted.filter { $0.origin.allows(target) }
        guard !admitting.isEmpty else {
            throw HostMisuse("\(target.scheme)://\(target.host):\(target.port) is not in capability http of plugin.yaml")
        }
        let method = (spec["method"].text ?? "GET").uppercased()
        guard ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"].contains(method) else {
            throw HostMisuse("method \(method) is not one of GET, POST, PUT, PATCH, DELETE, HEAD")
        }
        var headers: [String: String] = [:]
        if case .table(let entries) = spec["headers"] {
            for (name, value) in entries {
                guard let name = name.text, let value = value.text else { throw HostMisuse("headers must map strings to strings") }
                headers[name] = value
            }
        }
        var body: [UInt8]?
        if case .string(let bytes) = spec["body"] { body = bytes.bytes }
        if !spec["json"].isNil {
            body = Array(try JSONConversion.encode(spec["json"]).utf8)
            headers["Content-Type"] = headers["Content-Type"] ?? "application/json"
        }
        let limit = environment.limits.hostCallTimeout
        var timeout = limit
        if let seconds = spec["timeout"].numberValue {
            guard seconds > 0, seconds.isFinite else { throw HostMisuse("timeout must be a positive, finite number of seconds, got \(seconds)") }
            // Compared as seconds first: a plugin's 1e300 must not reach an integer conversion.
            let limitSeconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
            if seconds < limitSeconds { timeout = .milliseconds(max(1, Int64((seconds * 1000).rounded(.up)))) }
        }
        return PluginHTTPRequest(
            method: method, url: url, headers: headers, body: body, timeout: timeout,
            allowsPrivateAddresses: admitting.contains { $0.privateAllowed })
    }
}

/// Running one exchange and turning the outcome into Lua values.
enum HTTPExchange {
    static func perform(_ request: PluginHTTPRequest, transport: any PluginHTTPTransport) async -> HostReply {
        let outcome: PluginHTTPResponse?
        do {
            outcome = try await withThrowingTaskGroup(of: PluginHTTPResponse?.self) { group in
                group.addTask { try await transport.send(request) }
                group.addTask {
                    try await Task.sleep(for: request.timeout)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
        } catch let refusal as PluginHTTPRefusal {
            return HostErrors.failure(code: "http.refused", message: "the request to \(request.url) was not sent: \(refusal)")
        } catch {
            return HostErrors.failure(code: "http.failed", message: "the request to \(request.url) failed: \(error)")
        }
        guard let response = outcome else {
            return HostErrors.failure(code: "http.timeout", message: "no answer from \(request.url) within \(request.timeout)")
        }
        var result: [String: LuaValue] = [
            "status": .integer(Int64(response.status)),
            "headers": .record(response.headers.mapValues(LuaValue.text)),
            "body": .string(LuaString(bytes: response.body)),
        ]
        // A document too deep or too large for a plugin is left out, as one that is not JSON.
        if case .success(let json) = JSONConversion.decodeBounded(response.body) { result["json"] = json }
        guard response.status < 400 else {
            var error = result
            error["code"] = .text("http.status")
            error["message"] = .text("\(request.method) \(request.url) answered \(response.status)")
            return .values([.nil, .record(error)])
        }
        return .values([.record(result)])
    }
}

extension LuaValue {
    /// The value as a person reads it in a translation or a log line: text as it is, an integer
    /// (or a float with no fraction, such as `3.0`) without a decimal point, other numbers in
    /// their shortest form, booleans as `true`/`false`, anything else as its type name.
    var displayText: String {
        switch self {
        case .integer(let number): return String(number)
        case .number(let number):
            if number.isFinite, number == number.rounded(), abs(number) <= 0x1p53 { return String(Int64(number)) }
            return String(number)
        case .boolean(let flag): return String(flag)
        default: return text ?? typeName
        }
    }

    /// The value as a Double when it is a number.
    var numberValue: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }
}
