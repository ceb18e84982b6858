import Foundation
import Localization
import PluginHost
import PluginModel
import Synchronization
import Testing

/// One hostile attempt and how the host must answer it.
struct HostileAttempt: CustomTestStringConvertible, Sendable {
    enum Outcome: Sendable {
        /// The code fails (the plugin is stopped) with a message containing one of the fragments.
        case stopped([String])
        /// The code returns text containing the fragment (a `nil, err` answer it passes on).
        case answered(String)
        /// The code (run at load) adds card `hostile`; rendering it is refused with the fragment.
        case renderRefused(String)
        /// The code (run at load) adds card `hostile`; it renders, and its text contains the fragment.
        case rendered(String)
    }

    let name: String
    let code: String
    let outcome: Outcome
    var context: CallContext = .handler
    var limits = HostileAttempt.limits

    var testDescription: String { name }

    static let limits = LuaLimits(
        memoryBytes: 8 << 20, instructionBudget: 2_000_000, timeLimit: .seconds(2), hostCallTimeout: .seconds(1))

    static func stopped(_ name: String, _ code: String, _ fragments: String..., context: CallContext = .handler) -> HostileAttempt {
        HostileAttempt(name: name, code: code, outcome: .stopped(fragments), context: context)
    }

    /// An attempt the instruction budget alone must stop: its clock is 30 seconds, so a machine
    /// busy with other work cannot turn the budget's refusal into a time limit.
    static func stoppedByBudget(_ name: String, _ code: String, _ fragments: String...) -> HostileAttempt {
        HostileAttempt(
            name: name, code: code, outcome: .stopped(fragments),
            limits: LuaLimits(memoryBytes: 8 << 20, instructionBudget: 2_000_000, timeLimit: .seconds(30), hostCallTimeout: .seconds(1)))
    }
}

/// Runs hostile attempts against the `hostile` fixture with the well-behaved `sandbox` plugin beside it.
enum HostileHarness {
    /// Longest an attempt may take before the test calls it a hang (its own limits are seconds).
    static let patience: Duration = .seconds(20)
    /// The most the test process may ever have held in memory (its peak resident set, which the
    /// rest of the suite shares) when an attempt ends. Each hostile plugin may use 8 MiB; an
    /// attempt that got past its cap (a C function building a huge string, a host copy) would
    /// push the peak past this within its few seconds. SECURITY.md quotes this bound.
    static let peakResidentBound = 1 << 30

    static func run(_ attempt: HostileAttempt) async throws {
        let environment = TestPlugins.environment(limits: attempt.limits, transport: InstantTransport())
        let hostile = try await PluginLoader.load(folder: TestPlugins.folder("hostile"), environment: environment)
        let neighbour = try await TestPlugins.sandbox()
        let started = ContinuousClock.now
        let result = await within(patience) { await perform(attempt, on: hostile) }
        guard let result else {
            Issue.record("\(attempt.name): no answer within \(patience) (a hang)")
            return
        }
        check(attempt, result)
        // Stopped by its own limits (seconds), well before the patience that calls it a hang: 10.8 s
        // was seen on a loaded two-core machine for an attempt whose limit is 2 s.
        #expect(ContinuousClock.now - started < .seconds(15), "\(attempt.name) took \(ContinuousClock.now - started)")
        try await expectServing(neighbour)
        if let peak = peakResidentBytes() {
            #expect(peak < peakResidentBound, "\(attempt.name): the process's peak resident set reached \(peak >> 20) MiB")
        }
    }

    /// The process's peak resident set (`VmHWM` in /proc/self/status), in bytes; `nil` off Linux.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kib * 1024
    }

    /// What running the attempt gave: values, or the error with its message.
    enum Result: Sendable {
        case values([LuaValue])
        case view(ViewNode)
        case failed(String)
    }

    private static func perform(_ attempt: HostileAttempt, on runtime: PluginRuntime) async -> Result {
        do throws(PluginError) {
            switch attempt.outcome {
            case .stopped, .answered:
                return .values(try await runtime.evaluate(attempt.code, context: attempt.context))
            case .renderRefused, .rendered:
                _ = try await runtime.evaluate(attempt.code, context: .load)
                return .view(try await runtime.render(card: "hostile"))
            }
        } catch {
            return .failed(error.message.sourceText)
        }
    }

    private static func check(_ attempt: HostileAttempt, _ result: Result) {
        switch (attempt.outcome, result) {
        case (.stopped(let fragments), .failed(let message)):
            #expect(fragments.contains { message.contains($0) }, "\(attempt.name): \(message)")
        case (.renderRefused(let fragment), .failed(let message)):
            #expect(message.contains(fragment), "\(attempt.name): \(message)")
        case (.answered(let fragment), .values(let values)):
            let text = values.first?.text ?? ""
            #expect(text.contains(fragment), "\(attempt.name): answered \(values)")
        case (.rendered(let fragment), .view(let view)):
            #expect("\(view)".contains(fragment), "\(attempt.name): rendered \(view)")
        default:
            Issue.record("\(attempt.name): expected \(attempt.outcome), got \(result)")
        }
    }

    /// The well-behaved plugin still receives events and renders its card.
    static func expectServing(_ neighbour: PluginRuntime) async throws {
        let name = "web-\(UUID().uuidString.prefix(8))"
        try await neighbour.emit("instance.launched", payload: .record(["name": .text(name)]))
        #expect(try await neighbour.evaluate("return seen[#seen]") == [.text(name)])
        #expect(try await neighbour.render(card: "greeting") != .group([]))
        #expect(await neighbour.status == .running)
    }

    /// `body`'s value, or `nil` when it takes longer than `limit`. A body stuck in C cannot be
    /// cancelled; it is left running so that the test can report the hang instead of hanging.
    static func within<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async -> T) async -> T? {
        let answered = Mutex(false)
        return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let answer: @Sendable (T?) -> Void = { value in
                let first = answered.withLock { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(returning: value) }
            }
            Task { answer(await body()) }
            Task {
                try? await Task.sleep(for: limit)
                answer(nil)
            }
        }
    }
}

/// A transport that answers every request at once with an empty 200.
struct InstantTransport: PluginHTTPTransport {
    func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
        PluginHTTPResponse(status: 200, body: Array("{}".utf8))
    }
}
