import Synchronization

/// Upload bytes on their way to the server's disk: each upload reserves its declared size (or the
/// largest allowed, when it declares none) before a byte is read, and returns it when done. One
/// session may have one upload in flight; all together may not pass ``maximumInFlight``.
final class UploadGate: Sendable {
    /// Bytes all uploads together may reserve.
    let maximumInFlight: Int64

    private struct State {
        var reserved: Int64 = 0
        var sessions: Set<String> = []
    }

    private let state = Mutex(State())

    init(maximumInFlight: Int64) {
        self.maximumInFlight = max(0, maximumInFlight)
    }

    /// Reserves `bytes` for `session`'s upload.
    ///
    /// - Throws: ``WebUIError/uploadsBusy`` when the session already has an upload in flight, or
    ///   the reservation would pass ``maximumInFlight``.
    func reserve(_ bytes: Int64, session: String) throws(WebUIError) -> Reservation {
        let granted = state.withLock { state in
            let (total, overflow) = state.reserved.addingReportingOverflow(max(0, bytes))
            guard !overflow, total <= maximumInFlight, !state.sessions.contains(session) else { return false }
            state.reserved = total
            state.sessions.insert(session)
            return true
        }
        guard granted else { throw .uploadsBusy }
        return Reservation(gate: self, bytes: max(0, bytes), session: session)
    }

    /// Bytes reserved now.
    var reserved: Int64 { state.withLock { $0.reserved } }

    fileprivate func release(_ bytes: Int64, session: String) {
        state.withLock { state in
            state.reserved = max(0, state.reserved - bytes)
            state.sessions.remove(session)
        }
    }

    /// One upload's share; give it back with ``release()``.
    struct Reservation: Sendable {
        fileprivate let gate: UploadGate
        fileprivate let bytes: Int64
        fileprivate let session: String

        /// Returns the bytes to the gate.
        func release() { gate.release(bytes, session: session) }
    }
}
