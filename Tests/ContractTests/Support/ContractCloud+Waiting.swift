import OpenStackAPI

/// One look at a resource while waiting: finished with a value, or not yet (and what was seen).
enum Poll<Value> {
    case done(Value)
    case pending(String)
}

extension ContractCloud {
    /// Calls `probe` until it is done, pausing ``Backend/pollInterval`` between calls.
    ///
    /// - Throws: ``ContractError/timeout(_:waited:last:)`` after ``Backend/stepTimeout`` (or
    ///   `timeout`), naming what was seen last; whatever `probe` throws.
    func poll<Value>(_ what: String, timeout: Duration? = nil, _ probe: () async throws -> Poll<Value>) async throws
        -> Value
    {
        let clock = ContinuousClock()
        let limit = timeout ?? backend.stepTimeout
        let deadline = clock.now + limit
        var last = "nothing yet"
        while true {
            switch try await probe() {
            case .done(let value): return value
            case .pending(let seen): last = seen
            }
            guard clock.now < deadline else { throw ContractError.timeout(what, waited: limit, last: last) }
            try await Task.sleep(for: backend.pollInterval)
        }
    }

    /// Waits until the server's status is one of `statuses` with no task running. A 404 counts as
    /// "not yet" (Nova may not show a server for a moment after creating it); `ERROR` ends the wait.
    @discardableResult
    func waitForServer(_ id: String, _ statuses: Set<ServerStatus>) async throws -> Server {
        let wanted = statuses.map(\.rawValue).sorted().joined(separator: " or ")
        return try await poll("server \(id) to be \(wanted)") {
            let server: Server
            do {
                server = try await compute.showServer(id: id)
            } catch let error as OpenStackError where error.status == 404 {
                return .pending("404")
            }
            let seen = "\(server.status?.rawValue ?? "no status"), task \(server.taskState ?? "none")"
            if let status = server.status, statuses.contains(status), server.taskState == nil { return .done(server) }
            if server.status == .error, !statuses.contains(.error) {
                throw ContractError.unexpected(
                    "server \(id) went to ERROR: \(server.fault?.message ?? "no fault given")")
            }
            return .pending(seen)
        }
    }

    /// Waits until showing the server answers 404.
    func waitForServerGone(_ id: String) async throws {
        try await poll("server \(id) to be deleted") { () async throws -> Poll<Void> in
            do {
                let server = try await compute.showServer(id: id)
                return .pending("\(server.status?.rawValue ?? "no status"), task \(server.taskState ?? "none")")
            } catch let error as OpenStackError where error.status == 404 {
                return .done(())
            }
        }
    }

    /// Waits until the volume's status is `status`; `error` ends the wait.
    @discardableResult
    func waitForVolume(_ id: String, _ status: String) async throws -> Volume {
        try await poll("volume \(id) to be \(status)") {
            let volume = try await volumes.showVolume(id: id)
            if volume.status == status { return .done(volume) }
            if volume.status.hasPrefix("error") {
                throw ContractError.unexpected("volume \(id) went to \(volume.status)")
            }
            return .pending(volume.status)
        }
    }

    /// Waits until showing the volume answers 404.
    func waitForVolumeGone(_ id: String) async throws {
        try await poll("volume \(id) to be deleted") { () async throws -> Poll<Void> in
            do {
                return .pending(try await volumes.showVolume(id: id).status)
            } catch let error as OpenStackError where error.status == 404 {
                return .done(())
            }
        }
    }
}
