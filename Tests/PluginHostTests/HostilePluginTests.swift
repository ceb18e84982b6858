import Foundation
import PluginHost
import PluginModel
import Testing

/// Issue 17: a battery of hostile plugins, by class. Each attempt must be refused with a message
/// that says why, within its limits, while a well-behaved plugin beside it keeps serving.
@Suite struct HostilePluginTests {
    @Test(arguments: HostileAttempts.numbers)
    func numbers(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.coroutines)
    func coroutines(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.cFunctions)
    func cFunctions(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.hostCopies)
    func hostCopies(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.memory)
    func memory(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.neverEnding)
    func neverEnding(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.registrations)
    func registrations(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.wrongTypes)
    func wrongTypes(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test(arguments: HostileAttempts.escapes)
    func escapes(_ attempt: HostileAttempt) async throws { try await HostileHarness.run(attempt) }

    @Test func pluginsDoNotShareGlobals() async throws {
        let writer = try await TestPlugins.sandbox()
        let reader = try await TestPlugins.sandbox()
        _ = try await writer.evaluate("stolen = 'secret' string.upper = function() return 'hijacked' end")
        #expect(try await reader.evaluate("return stolen, ('a'):upper()") == [.nil, .text("A")])
    }

    @Test func ordinaryLibraryUseFitsTheBudget() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("""
            local t = {} for i = 1, 10000 do table.insert(t, i) end
            table.sort(t, function(a, b) return a > b end)
            local s = table.concat(t, ',')
            local moved = table.move(t, 1, 100, 1, {})
            return #s, #moved, #string.rep('ab', 1000, ','), s:find('9999', 1, true), string.format('%5.1f', 2.25)
            """)
        #expect(values == [.integer(48893), .integer(100), .integer(2999), .integer(7), .text("  2.2")])
    }
}
