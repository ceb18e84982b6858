import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Localization
import NIOCore
import Testing

@testable import WebUI

/// Numbers from forms and clouds, and bodies from slow clients: each is bounded where it enters,
/// and nothing the web UI computes from them can trap.
@Suite("Hostile input to the web UI")
struct HostileInputTests {
    @Test(
        "quota bars hold any figures a cloud sends",
        arguments: [
            (Int.max, Int.max, Int.max), (Int.max, 1, 10), (Int.min, -5, 10), (5, Int.max, Int.max), (0, Int.min, 1), (3, 2, 0),
        ])
    func quotaRowsSaturate(used: Int, adds: Int, limit: Int) {
        // The core bounds a cloud's figures where they enter; the row must hold whatever it keeps.
        let entry = QuotaEntry(resource: .cores, used: used, limit: limit)
        let row = LaunchQuotaRow(entry: entry, adds: adds, localizer: SourceLanguageLocalizer())
        #expect((0...100).contains(row.percent))
        #expect(row.isShort == (LaunchQuotaRow.saturatingSum(entry.used, adds) > (entry.limit ?? .max)))
    }

    @Test("a sum that would overflow is held at the edge")
    func saturatingSum() {
        #expect(LaunchQuotaRow.saturatingSum(.max, 1) == .max)
        #expect(LaunchQuotaRow.saturatingSum(.min, -1) == .min)
        #expect(LaunchQuotaRow.saturatingSum(2, 3) == 5)
        #expect(LaunchQuotaRow.percent(.max, of: 1) == 100)
        #expect(LaunchQuotaRow.percent(50, of: 200) == 25)
    }

    @Test("graph coordinates and relative times from absurd values stay finite", arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e300])
    func coordinates(value: Double) {
        let text = UsageGraph.number(value)
        #expect(!text.isEmpty)
        #expect(Double(text)?.isFinite == true)
        let graph = UsageGraph(
            id: "g", title: "CPU", points: [.init(time: .distantPast, percent: .min), .init(time: .distantFuture, percent: .max)],
            summary: "", kind: "cpu")
        #expect(graph.svg?.contains("<svg") == true)
        let words = RelativeTime.words(.distantPast, now: .distantFuture, localizer: SourceLanguageLocalizer())
        #expect(words.hasSuffix("days ago"))
    }

    @Test(
        "launch numbers are whole numbers in range, refused with their bounds otherwise",
        arguments: ["0", "-1", "1001", "99999999999999999999", "1e3", "2.5", "０"])
    func launchCountsBounded(count: String) {
        #expect(throws: WebUIError.numberOutOfRange(field: "count", maximum: LaunchFormInput.maximumCount)) {
            try LaunchFormInput { $0 == "count" ? count : nil }
        }
    }

    @Test("volume sizes above the bound are refused, in the launch form and on the volumes page")
    func volumeSizesBounded() throws {
        #expect(throws: WebUIError.numberOutOfRange(field: "boot_volume", maximum: LaunchFormInput.maximumVolumeGiB)) {
            try LaunchFormInput { $0 == "boot_volume" ? String(Int.max) : nil }
        }
        let form = FormFields(parsing: "size=\(LaunchFormInput.maximumVolumeGiB + 1)")
        #expect(throws: WebUIError.numberOutOfRange(field: "size", maximum: LaunchFormInput.maximumVolumeGiB)) {
            try form.positiveNumber("size", maximum: LaunchFormInput.maximumVolumeGiB)
        }
        #expect(try FormFields(parsing: "size=20").positiveNumber("size", maximum: 100) == 20)
        #expect(try FormFields(parsing: "").positiveNumber("size", maximum: 100) == nil)
    }

    @Test("a form must arrive within its deadline; an upload at its minimum rate after the grace period")
    func bodyPace() throws {
        let start = ContinuousClock.now
        let form = BodyPace.form(within: .seconds(30), from: start)
        try form.check(received: 10, now: start.advanced(by: .seconds(29)))
        #expect(throws: WebUIError.bodyTimedOut) { try form.check(received: 10, now: start.advanced(by: .seconds(31))) }
        let upload = BodyPace.upload(minimumBytesPerSecond: 1_000, grace: .seconds(10), from: start)
        try upload.check(received: 1, now: start.advanced(by: .seconds(9)))
        try upload.check(received: 20_000, now: start.advanced(by: .seconds(20)))
        #expect(throws: WebUIError.bodyTimedOut) { try upload.check(received: 19_000, now: start.advanced(by: .seconds(20))) }
    }

    @Test("a dribbled form body is refused once its deadline passes")
    func dribbledForm() async throws {
        let stream = AsyncStream<ByteBuffer> { continuation in
            Task {
                for _ in 0..<20 {
                    continuation.yield(ByteBuffer(string: "a"))
                    try? await Task.sleep(for: .milliseconds(50))
                }
                continuation.finish()
            }
        }
        let body = RequestBody(asyncSequence: stream)
        await #expect(throws: WebUIError.bodyTimedOut) {
            try await SessionMiddleware.collect(body, upTo: 1 << 20, pace: .form(within: .milliseconds(200)))
        }
    }

    @Test("a form body past its size is refused")
    func oversizedForm() async throws {
        let body = RequestBody(buffer: ByteBuffer(repeating: UInt8(ascii: "a"), count: 2_000))
        await #expect(throws: WebUIError.uploadTooLarge(maximumBytes: 1_000)) {
            try await SessionMiddleware.collect(body, upTo: 1_000, pace: .form(within: .seconds(5)))
        }
    }

    @Test("uploads in flight are limited per session and in all, and freed when done")
    func uploadGate() throws {
        let gate = UploadGate(maximumInFlight: 100)
        let first = try gate.reserve(60, session: "a")
        #expect(throws: WebUIError.uploadsBusy) { try gate.reserve(1, session: "a") }
        #expect(throws: WebUIError.uploadsBusy) { try gate.reserve(41, session: "b") }
        #expect(throws: WebUIError.uploadsBusy) { try gate.reserve(.max, session: "c") }
        let second = try gate.reserve(40, session: "b")
        first.release()
        second.release()
        #expect(gate.reserved == 0)
        _ = try gate.reserve(100, session: "a")
    }

    @Test("a file upload from a browser with no cloud is refused before any byte is spooled")
    func uploadNeedsCloud() async throws {
        try await TestWebApp.test(host: "0.0.0.0") { client in
            var browser = TestBrowser(client)
            try await browser.get("/clouds")
            let response = try await browser.postMultipart(
                ResourceRoutes.imageUploadPath, [("name", "x")], files: [(field: "file", filename: "x.qcow2", data: [1, 2, 3])])
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("Files can be uploaded only after a cloud is added."))
        }
    }
}
