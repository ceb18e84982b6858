/// Everything the full JSON of one server is made from: ``ServerView/json(_:)`` reads nothing
/// else, so equal inputs give the same JSON and ``ServerJSONCache`` can keep it.
///
/// Simulated time enters only through what it decides at the request's `now`: the phase, the
/// `updated` time and whether the launch time has passed.
struct ServerViewInputs: Sendable, Equatable {
    var snapshot: ServerSnapshot
    var phase: ServerPhase
    var updated: Timestamp
    /// `launched_at` once it has passed, else `nil`.
    var launchedAt: Timestamp?
    var microversion: Microversion
    var baseURL: String
    /// True for show, update and rebuild (2.71 `server_groups`).
    var includeServerGroups: Bool

    init(_ snapshot: ServerSnapshot, request: APIRequest, includeServerGroups: Bool = false) {
        let now = request.now
        let server = snapshot.server
        self.snapshot = snapshot
        phase = server.phase(at: now)
        updated = server.updated(at: now)
        launchedAt = server.launchedAt.flatMap { $0 <= now ? $0 : nil }
        microversion = request.microversion
        baseURL = request.baseURL
        self.includeServerGroups = includeServerGroups
    }
}
