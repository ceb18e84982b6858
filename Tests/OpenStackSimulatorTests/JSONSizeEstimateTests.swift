import Testing

@testable import OpenStackSimulator

/// The size a response body reserves before it is written: enough for the whole text of a listing
/// made of kept fragments, and not much more.
@Suite struct JSONSizeEstimateTests {
    @Test func listingOfFragmentsReservesItsWholeText() {
        let servers = (0..<300).map { index in JSON.fragment(Array(#"{"id": "server-\#(index)", "name": "n\#(index)"}"#.utf8)) }
        let body: JSON = [
            "servers": .array(servers),
            "servers_links": .array([["href": "http://127.0.0.1:1/compute/v2.1/servers/detail?marker=x", "rel": "next"]]),
        ]
        let written = body.serialized.count
        #expect(body.sizeEstimate >= written)
        #expect(body.sizeEstimate <= written + 16)
    }

    @Test func emptyAndScalarValuesStayWithinAFewBytes() {
        for value: JSON in [.null, .bool(false), .int(-12_345), .double(2.5), .string("a \"quoted\" name"), .array([]), .object([])] {
            #expect(abs(value.sizeEstimate - value.serialized.count) <= 8, "\(value.text)")
        }
    }
}
