extension SimulatorServer {
    /// Sends a server to ERROR now, with a fault; `false` when there is no such server.
    public func failServer(id: String) -> Bool {
        guard let state else { return false }
        let now = state.clock.now()
        return state.withWorld { $0.failServer(id, now: now) }
    }

    /// Changes how launches behave; arguments left `nil` keep their current value.
    ///
    /// - Parameters:
    ///   - failingServers: How many of the next servers created end their build in ERROR.
    ///   - floatingIPsExhausted: Whether floating IP creation fails for lack of addresses.
    ///   - failingSetupStep: The setup step whose console marker says `failed` (`""` clears it).
    ///   - setupStepSeconds: Simulated seconds each setup step takes.
    ///   - autoAllocatedTopology: Whether Neutron offers "get me a network".
    public func setLaunchBehaviour(
        failingServers: Int? = nil, floatingIPsExhausted: Bool? = nil, failingSetupStep: String? = nil,
        setupStepSeconds: Double? = nil, autoAllocatedTopology: Bool? = nil
    ) {
        state?.withWorld { world in
            if let failingServers { world.launch.failingServers = max(failingServers, 0) }
            if let floatingIPsExhausted { world.launch.floatingIPsExhausted = floatingIPsExhausted }
            if let failingSetupStep { world.launch.failingSetupStep = failingSetupStep.isEmpty ? nil : failingSetupStep }
            if let setupStepSeconds { world.launch.setupStepSeconds = max(setupStepSeconds, 0.001) }
            if let autoAllocatedTopology { world.launch.autoAllocatedTopology = autoAllocatedTopology }
        }
    }
}
