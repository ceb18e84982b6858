import Testing

@testable import ExosphereCore

struct RefreshPolicyTests {
    let policy = RefreshPolicy(
        fastInterval: .seconds(2), slowInterval: .seconds(15), maximumBackoff: .seconds(300), jitter: 0.1)

    @Test("in transition → the fast interval, quiet → the slow one (jitter at its midpoint)")
    func intervals() {
        #expect(policy.delay(inTransition: true, consecutiveFailures: 0, random: 0.5) == .seconds(2))
        #expect(policy.delay(inTransition: false, consecutiveFailures: 0, random: 0.5) == .seconds(15))
    }

    @Test(
        "failures back off from the slow interval, doubling, up to the maximum, whatever is in transition",
        arguments: [(1, 15), (2, 30), (3, 60), (4, 120), (5, 240), (6, 300), (40, 300), (Int.max, 300)])
    func backOff(failures: Int, seconds: Int) {
        #expect(policy.delay(inTransition: true, consecutiveFailures: failures, random: 0.5) == .seconds(seconds))
        #expect(policy.delay(inTransition: false, consecutiveFailures: failures, random: 0.5) == .seconds(seconds))
    }

    @Test("jitter spreads a delay by ±10 % and no further, even for a random number out of range")
    func jitterBounds() {
        #expect(policy.delay(inTransition: false, consecutiveFailures: 0, random: 0) == .milliseconds(13_500))
        #expect(policy.delay(inTransition: false, consecutiveFailures: 0, random: 1) == .milliseconds(16_500))
        #expect(policy.delay(inTransition: false, consecutiveFailures: 0, random: -3) == .milliseconds(13_500))
        #expect(policy.delay(inTransition: false, consecutiveFailures: 0, random: 9) == .milliseconds(16_500))
    }

    @Test("nonsense settings are clamped: slow never faster than fast, jitter within 0…0.5")
    func clamping() {
        let odd = RefreshPolicy(
            fastInterval: .seconds(-1), slowInterval: .zero, maximumBackoff: .zero, jitter: 7, resyncInterval: .zero)
        #expect(odd.fastInterval == .milliseconds(10))
        #expect(odd.slowInterval == odd.fastInterval)
        #expect(odd.maximumBackoff == odd.slowInterval)
        #expect(odd.jitter == 0.5)
        #expect(odd.resyncInterval == odd.slowInterval)
    }

    @Test("the standard policy polls a quiet project at most 6 times a minute")
    func standardIdleRate() {
        let quickest = RefreshPolicy.standard.delay(inTransition: false, consecutiveFailures: 0, random: 0)
        #expect(quickest >= .seconds(10))
    }
}
