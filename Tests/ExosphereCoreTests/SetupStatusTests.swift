import Foundation
import Testing

@testable import ExosphereCore

@Suite("Setup status from console output")
struct SetupStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let console: String
        let serverStatus: String
        let minutesActive: Double
        let expected: SetupStatus
        var testDescription: String { "\(serverStatus) \(minutesActive) min → \(expected.state)" }
    }

    static let cases: [Case] = [
        Case(console: "", serverStatus: "BUILD", minutesActive: 0, expected: .waitingForInstance),
        Case(console: "login:\n", serverStatus: "ACTIVE", minutesActive: 1, expected: .running(step: nil)),
        Case(
            console: "[  9.1] cloud-init[744]: exosphere-setup: user start\n", serverStatus: "ACTIVE", minutesActive: 2,
            expected: .running(step: "user")),
        Case(
            console: "exosphere-setup: user start\nexosphere-setup: user done\nexosphere-setup: jupyter start\n",
            serverStatus: "ACTIVE", minutesActive: 3, expected: .running(step: "jupyter")),
        Case(
            console: "exosphere-setup: user start\nexosphere-setup: user done\nexosphere-setup: complete\n",
            serverStatus: "ACTIVE", minutesActive: 90, expected: .ready),
        Case(
            console: "exosphere-setup: jupyter start\nexosphere-setup: jupyter failed\n", serverStatus: "ACTIVE",
            minutesActive: 4, expected: .failed(step: "jupyter")),
        Case(
            console: "exosphere-setup: rstudio start\n", serverStatus: "ACTIVE", minutesActive: 31,
            expected: .timedOut(step: "rstudio")),
        Case(
            console: "exosphere-setup: user start\nexosphere-setup: user done\n", serverStatus: "ACTIVE",
            minutesActive: 45, expected: .timedOut(step: "user")),
        Case(console: "", serverStatus: "ERROR", minutesActive: 0, expected: .instanceFailed),
    ]

    @Test("markers, server status and time give the setup state", arguments: cases)
    func status(_ testCase: Case) {
        let launched = Date(timeIntervalSince1970: 1_800_000_000)
        let progress = SetupProgress(consoleOutput: testCase.console)
        let status = progress.status(
            serverStatus: testCase.serverStatus, activeSince: launched,
            now: launched.addingTimeInterval(testCase.minutesActive * 60), timeout: .seconds(30 * 60))
        #expect(status == testCase.expected)
    }

    @Test("usage lines become a time series, oldest first, repeats and junk dropped")
    func usageSeries() throws {
        let console = """
            exosphere-usage: t=1800000120 cpu=50 mem=40 disk=12
            exosphere-usage: t=1800000060 cpu=5 mem=30 disk=12
            exosphere-usage: t=1800000120 cpu=50 mem=40 disk=12
            exosphere-usage: t=1800000180 cpu=500 mem=40 disk=12
            exosphere-usage: cpu=1 mem=1
            """
        let series = ResourceUsageSeries(instanceID: "i", samples: SetupProgress(consoleOutput: console).usage)
        #expect(series.samples.map(\.cpuPercent) == [5, 50])
        #expect(series.samples.first?.time == Date(timeIntervalSince1970: 1_800_000_060))
        #expect(series.samples.last?.memoryPercent == 40)
    }

    @Test("setup status encodes as {state, step} and back", arguments: [
        SetupStatus.ready, .running(step: "user"), .failed(step: "jupyter"), .timedOut(step: nil), .notApplicable,
    ])
    func coding(_ status: SetupStatus) throws {
        let data = try JSONEncoder().encode(status)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object?["state"] == status.state)
        #expect(object?["step"] == status.step)
        #expect(try JSONDecoder().decode(SetupStatus.self, from: data) == status)
    }
}
