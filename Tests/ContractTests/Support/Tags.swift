import Testing

extension Tag {
    /// Scenarios that hold the client and the simulator to the same contract as a real OpenStack.
    @Tag static var contract: Self
    /// Scenarios that compare the simulator's JSON with a real cloud's.
    @Tag static var shape: Self
}
