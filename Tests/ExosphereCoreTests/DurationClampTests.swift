import Testing

@testable import ExosphereCore

/// Durations counted in nanoseconds or milliseconds for limits and messages: exact where they
/// fit, `Int64.max` past it, 0 below zero, never a trap.
@Suite("Durations counted with checked arithmetic")
struct DurationClampTests {
    @Test("exact counts, fractions cut", arguments: [
        (Duration.milliseconds(1500), Int64(1_500_000_000), Int64(1500)),
        (Duration.nanoseconds(1_999_999), Int64(1_999_999), Int64(1)),
        (Duration.zero, Int64(0), Int64(0)),
    ])
    func exact(duration: Duration, nanoseconds: Int64, milliseconds: Int64) {
        #expect(duration.nanosecondsClamped == nanoseconds)
        #expect(duration.millisecondsClamped == milliseconds)
    }

    @Test("too long saturates, negative is zero", arguments: [
        (Duration.seconds(Int64.max), Int64.max, Int64.max),
        (Duration.seconds(9_223_372_037), Int64.max, Int64(9_223_372_037_000)),
        (Duration.seconds(-5), Int64(0), Int64(0)),
        (Duration.seconds(Int64.min), Int64(0), Int64(0)),
    ])
    func extremes(duration: Duration, nanoseconds: Int64, milliseconds: Int64) {
        #expect(duration.nanosecondsClamped == nanoseconds)
        #expect(duration.millisecondsClamped == milliseconds)
    }
}
