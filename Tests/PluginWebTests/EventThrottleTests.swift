import Testing

@testable import PluginWeb

@Suite struct EventThrottleTests {
    @Test func oneEventPassesPerInterval() {
        var throttle = EventThrottle(interval: .seconds(1))
        let start = ContinuousClock.now
        let offsets: [Duration] = [.zero, .milliseconds(10), .milliseconds(999), .seconds(1), .milliseconds(1_500), .seconds(5)]
        let passed = offsets.map { throttle.admit(at: start + $0) }
        #expect(passed == [true, false, false, true, false, true])
    }

    @Test func aZeroIntervalLetsEveryEventThrough() {
        var throttle = EventThrottle(interval: .zero)
        let now = ContinuousClock.now
        let passed = [throttle.admit(at: now), throttle.admit(at: now)]
        #expect(passed == [true, true])
    }
}
