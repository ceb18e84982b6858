import Testing

@testable import OpenStackSimulator

/// The waits behind latency and injected delays: they end at an instant fixed when the answer is
/// made, however late the wait itself begins, and at once when the server stops.
@Suite struct ShutdownSignalTests {
    /// A wait that begins after its deadline (the threads were busy with other requests) adds
    /// nothing: counted from its own start instead, it would add the whole second again. It does
    /// not even suspend, so a loaded machine cannot delay it.
    @Test func waitBegunAfterItsDeadlineEndsAtOnce() async throws {
        let signal = ShutdownSignal()
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(1)
        try await Task.sleep(for: .milliseconds(1_200))
        let begun = clock.now
        let reached = await signal.sleep(until: deadline)
        #expect(reached)
        #expect(clock.now - begun < .milliseconds(800))
    }

    @Test func waitLastsUntilItsDeadline() async {
        let signal = ShutdownSignal()
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(200)
        let reached = await signal.sleep(until: deadline)
        #expect(reached)
        #expect(clock.now >= deadline)
    }

    @Test func stoppingEndsAWaitEarly() async {
        let signal = ShutdownSignal()
        let clock = ContinuousClock()
        let begun = clock.now
        async let reached = signal.sleep(until: begun + .seconds(60))
        try? await Task.sleep(for: .milliseconds(50))
        signal.trigger()
        #expect(await reached == false)
        #expect(clock.now - begun < .seconds(30))
    }

    @Test func waitBegunAfterItsDeadlineOnAStoppedServerReportsItCutShort() async {
        let signal = ShutdownSignal()
        signal.trigger()
        #expect(await signal.sleep(until: .now - .seconds(1)) == false)
    }
}
