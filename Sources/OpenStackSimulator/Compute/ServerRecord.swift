/// A Nova server. Its changing part lives in `phases`; everything else changes only by request.
struct ServerRecord: Sendable, Equatable {
    var id: String
    var name: String
    var projectID: String
    var userID: String
    /// `nil` for a server booted from a volume (Nova then shows `image` as "").
    var imageID: String?
    var keyName: String?
    var metadata: [String: String] = [:]
    var securityGroups: [String] = ["default"]
    var createdAt: Timestamp
    var updatedAt: Timestamp
    var launchedAt: Timestamp?
    var hostName: String
    var description: String?
    var locked = false
    var lockedReason: String?
    var lockedByAdmin = false
    var phases: Timeline<ServerPhase>
    /// When the guest last started booting; the console log grows from here.
    var bootStartedAt: Timestamp
    /// Simulated seconds from the start of a boot to the login prompt.
    var bootDuration: Double
    /// The flavor before a resize, kept until confirm or revert.
    var previousFlavorID: String?
    var fault: ServerFault?
    var tags: [String] = []
    var attachedVolumes: [String] = []
    /// The decoded `user_data` given at create, whose setup markers the console replays.
    var userData: String?

    func phase(at now: Timestamp) -> ServerPhase { phases.state(at: now) }

    /// Nova's `updated`: the last change by request or by the passing of time.
    func updated(at now: Timestamp) -> Timestamp { max(updatedAt, phases.since(at: now)) }

    /// Whether the server has disappeared (deleted and its deletion finished).
    func isGone(at now: Timestamp) -> Bool { phase(at: now).vmState == "deleted" }
}

/// Why a server is in ERROR (Compute API ref, "Show Server Details": `fault`).
struct ServerFault: Sendable, Equatable {
    var code: Int
    var message: String
    var created: Timestamp
}
