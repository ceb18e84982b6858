/// What tests can change about launching: "get me a network", injected failures of a launch's
/// steps, and how long each setup step of a guest takes.
struct LaunchBehaviour: Sendable {
    /// Whether `GET /v2.0/auto-allocated-topology/{project_id}` exists (the extension is loaded).
    var autoAllocatedTopology = true
    /// project id → the network auto-allocation made for it.
    var autoAllocatedNetworks: [String: AutoAllocation] = [:]
    /// When set, floating IP creation fails as if the external network had no address left.
    var floatingIPsExhausted = false
    /// How many of the next servers created end their build in ERROR.
    var failingServers = 0
    /// The setup step whose marker replay ends in `failed` instead of `done`.
    var failingSetupStep: String?
    /// Simulated seconds each setup step of a guest's user data takes.
    var setupStepSeconds = 20.0
    /// Boot volumes made with `delete_on_termination: true`, removed when their server is.
    var volumesDeletedWithServer: Set<String> = []
}

/// The resources one auto-allocation made, so it can be shown again or deleted.
struct AutoAllocation: Sendable {
    var networkID: String
    var subnetID: String
    var routerID: String
}
