/// The period of a usage report, as nova/api/openstack/compute/simple_tenant_usage.py reads it:
/// `start` and `end` in `%Y-%m-%dT%H:%M:%S`, `%Y-%m-%dT%H:%M:%S.%f` or `%Y-%m-%d %H:%M:%S.%f`
/// (UTC, no zone; a missing one means now), start before end, and an end past now cut to now.
struct TenantUsageWindow {
    var start: Timestamp
    var stop: Timestamp

    init(_ request: APIRequest) throws(APIError) {
        let start = try Self.time(request.query("start"), now: request.now)
        let stop = try Self.time(request.query("end"), now: request.now)
        guard start < stop else {
            throw APIError.badRequest("Invalid start time. The start time cannot occur after the end time.")
        }
        self.start = start
        self.stop = min(stop, request.now)
    }

    private static func time(_ text: String?, now: Timestamp) throws(APIError) -> Timestamp {
        guard let text else { return now }
        let chars = Array(text.utf8)
        let separator = chars.count > 10 ? chars[10] : 0
        let hasFraction = chars.count > 20 && chars[19] == UInt8(ascii: ".")
        let wellFormed =
            (separator == UInt8(ascii: "T") && (chars.count == 19 || hasFraction))
            || (separator == UInt8(ascii: " ") && hasFraction)
        let fractionDigits = hasFraction ? chars[20...] : []
        guard wellFormed, fractionDigits.count <= 6, fractionDigits.allSatisfy({ (48...57).contains($0) }),
            let time = Timestamp(iso: "\(text.prefix(10))T\(text.dropFirst(11))")
        else { throw APIError.badRequest("Invalid datetime string: Datetime is in invalid format") }
        return time
    }
}
