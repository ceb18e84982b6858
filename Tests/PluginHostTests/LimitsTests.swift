import Foundation
import Localization
import PluginHost
import PluginModel
import Testing

/// Runaway code is stopped, the plugin is marked failed, and other plugins keep answering.
@Suite struct LimitsTests {
    struct Runaway: CustomTestStringConvertible, Sendable {
        let name: String
        let code: String
        let kind: LuaFailure.Kind
        var testDescription: String { name }
    }

    static let runaways: [Runaway] = [
        Runaway(name: "endless loop", code: "while true do end", kind: .instructionBudget),
        Runaway(name: "endless loop inside pcall", code: "while true do pcall(function() while true do end end) end", kind: .instructionBudget),
        Runaway(
            name: "endless loop inside a coroutine",
            code: "coroutine.wrap(function() while true do end end)()", kind: .instructionBudget),
        Runaway(name: "table memory bomb", code: "local t = {} for i = 1, 1e8 do t[i] = i end", kind: .outOfMemory),
        Runaway(name: "string memory bomb", code: "return string.rep('x', 100 * 2^20)", kind: .outOfMemory),
        Runaway(
            name: "memory bomb inside pcall",
            code: "local t = {} while true do local ok = pcall(function() t[#t + 1] = string.rep('y', 1024) .. #t end) end",
            kind: .outOfMemory),
    ]

    @Test(arguments: runaways)
    func runawayIsStoppedAndThePluginDisabled(_ runaway: Runaway) async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate(runaway.code) }
        #expect(error?.luaFailure?.kind == runaway.kind, "\(String(describing: error))")
        guard case .failed(let reason) = await runtime.status else {
            Issue.record("the plugin should be marked failed")
            return
        }
        #expect(reason.message.sourceText.contains("Plugin sandbox was stopped"))
        await #expect(throws: PluginError.self) { try await runtime.evaluate("return 1") }
    }

    @Test func loopIsStoppedWhileAnotherPluginStillAnswers() async throws {
        let looping = try await TestPlugins.sandbox()
        let healthy = try await TestPlugins.sandbox()
        let stopped = Task { try await looping.evaluate("while true do end") }
        let answer = try await healthy.evaluate("return 6 * 7")
        #expect(answer == [.integer(42)])
        await #expect(throws: PluginError.self) { try await stopped.value }
        #expect(await healthy.status == .running)
        #expect(try await healthy.render(card: "greeting") != .group([]))
    }

    @Test func wallClockLimitStopsSlowCode() async throws {
        let limits = LuaLimits(memoryBytes: 8 << 20, instructionBudget: .max, timeLimit: .milliseconds(50))
        let runtime = try await TestPlugins.sandbox(limits: limits)
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate("while true do end") }
        #expect(error?.luaFailure?.kind == .timeLimit)
        #expect(error?.luaFailure?.message.contains("time limit") == true)
    }

    @Test func budgetMessageIsClear() async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate("while true do end") }
        #expect(error?.luaFailure?.message.contains("instruction budget of 2000000 instructions") == true)
    }

    @Test func hostCallTimeoutAnswersNilAndError() async throws {
        let limits = LuaLimits(memoryBytes: 8 << 20, instructionBudget: 2_000_000, hostCallTimeout: .milliseconds(50))
        let runtime = try await TestPlugins.sandbox(limits: limits, transport: SlowTransport())
        let result = try await runtime.runAction("ping", instance: .record(["id": .text("i-1")]))
        // The exchange's own timer answers http.timeout; on a machine so loaded that it runs more
        // than a second late, the host's backstop answers host.timeout first. Either way the
        // plugin gets nil and an error, and keeps running.
        #expect(result == .text("http.timeout") || result == .text("host.timeout"))
        #expect(await runtime.status == .running)
    }
}

/// A transport that never answers in time.
struct SlowTransport: PluginHTTPTransport {
    func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
        try await Task.sleep(for: .seconds(10))
        return PluginHTTPResponse(status: 200)
    }
}
