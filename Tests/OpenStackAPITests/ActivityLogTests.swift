import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

struct ActivityLogTests {
    static let base = Date(timeIntervalSince1970: 1_800_000_000)

    /// A record running from `start` to `end`, in milliseconds after `base`.
    static func call(_ start: Int, _ end: Int) -> APIActivityRecord {
        APIActivityRecord(
            service: .compute, method: .get, url: "http://cloud.test/compute/v2.1/servers/detail", status: 200,
            startedAt: base.addingTimeInterval(Double(start) / 1000), duration: .milliseconds(end - start),
            requestID: nil)
    }

    struct Timeline: Sendable, CustomTestStringConvertible {
        let calls: [ClosedRange<Int>]
        let expected: Int
        var testDescription: String { "\(calls) → \(expected)" }
    }

    static let timelines: [Timeline] = [
        Timeline(calls: [], expected: 0),
        Timeline(calls: [0...10], expected: 1),
        Timeline(calls: [0...10, 10...20, 20...30], expected: 3),
        Timeline(calls: [0...10, 0...10, 0...10, 0...10], expected: 1),
        Timeline(calls: [0...10, 11...20, 11...20, 11...20, 21...30], expected: 3),
        Timeline(calls: [0...100, 1...5, 6...10, 11...15, 16...20], expected: 4),
        Timeline(calls: [0...10, 5...15, 12...20], expected: 2),
        Timeline(calls: [30...40, 0...10, 15...25], expected: 3),
    ]

    @Test("sequential round trips are the longest chain of calls that waited for each other", arguments: timelines)
    func roundTrips(timeline: Timeline) {
        let records = timeline.calls.map { Self.call($0.lowerBound, $0.upperBound) }
        let expected = timeline.expected
        #expect(APIActivityLog.sequentialRoundTrips(in: records) == expected)
    }

    @Test("every call is recorded with service, method, URL, status, timing and request id")
    func records() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/compute/v2.1/servers/f5dc", fixture: "compute/server-show.json",
            headers: ["x-compute-request-id": "req-nova-1"])
        try environment.transport.on(
            .get, "/image/v2/images/1bea", fixture: "image/image-show.json",
            headers: ["x-openstack-request-id": "req-glance-1"])
        let before = Date()
        async let server = environment.compute().showServer(id: "f5dc")
        async let image = environment.image().showImage(id: "1bea")
        _ = try await (server, image)

        let records = environment.activity.records().sorted { $0.url < $1.url }
        #expect(records.map(\.service) == [.compute, .image])
        #expect(
            records.map(\.url) == [
                "http://cloud.test/compute/v2.1/servers/f5dc", "http://cloud.test/image/v2/images/1bea",
            ])
        #expect(records.map(\.status) == [200, 200])
        #expect(records.map(\.requestID) == ["req-nova-1", "req-glance-1"])
        #expect(
            records.allSatisfy {
                $0.method == .get && $0.startedAt >= before.addingTimeInterval(-1) && $0.duration >= .zero
            })
        #expect(environment.activity.sequentialRoundTrips() >= 1)
    }

    @Test("the log keeps only its capacity, newest last")
    func capacity() {
        let log = APIActivityLog(capacity: 3)
        for start in 0..<5 {
            log.append(Self.call(start * 10, start * 10 + 5))
        }
        #expect(log.records().count == 3)
        #expect(log.records().first?.startedAt == Self.base.addingTimeInterval(0.02))
        log.clear()
        #expect(log.records().isEmpty)
    }
}
