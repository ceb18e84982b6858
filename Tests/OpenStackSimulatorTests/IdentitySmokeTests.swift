import Testing

@Suite struct IdentitySmokeTests {
    @Test func passwordTokenIsIssued() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            #expect(token.hasPrefix("gAAAA"))
        }
    }
}
