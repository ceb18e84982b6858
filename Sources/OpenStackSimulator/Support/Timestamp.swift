/// A point in simulated time, in seconds since 1970-01-01T00:00:00Z, with the ISO 8601 spellings
/// the services use (each service formats its timestamps differently).
struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since the Unix epoch.
    var seconds: Double

    init(_ seconds: Double) { self.seconds = seconds }

    static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    static func + (lhs: Timestamp, rhs: Double) -> Timestamp { Timestamp(lhs.seconds + rhs) }

    static func - (lhs: Timestamp, rhs: Double) -> Timestamp { Timestamp(lhs.seconds - rhs) }

    /// `2026-11-25T16:33:11Z`: Nova `created`/`updated`, Glance, Neutron.
    var iso: String { format(fraction: false, zulu: true) }

    /// `2026-11-25T17:33:11.000000Z`: Keystone `expires_at` and `issued_at` (whole seconds, as
    /// Fernet tokens carry them).
    var keystone: String {
        Timestamp(seconds.rounded(.down)).format(fraction: true, zulu: true)
    }

    /// `2026-11-25T16:33:11.123456`: Nova `OS-SRV-USG:launched_at`, keypair `created_at`, Cinder.
    var microseconds: String { format(fraction: true, zulu: false) }

    /// The range formatting accepts (about ±300,000 years); anything beyond is clamped so no input
    /// can overflow the integer arithmetic.
    private static let formattable = -1e13...1e13

    private func format(fraction: Bool, zulu: Bool) -> String {
        let clamped = seconds.isFinite ? min(max(seconds, Self.formattable.lowerBound), Self.formattable.upperBound) : 0
        let whole = clamped.rounded(.down)
        let micros = min(Int(((clamped - whole) * 1_000_000).rounded(.down)), 999_999)
        let total = Int(whole)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        // Written into one byte buffer: responses format several timestamps per server.
        var text: [UInt8] = []
        text.reserveCapacity(32)
        Self.pad(year, 4, into: &text)
        text.append(UInt8(ascii: "-"))
        Self.pad(month, 2, into: &text)
        text.append(UInt8(ascii: "-"))
        Self.pad(day, 2, into: &text)
        text.append(UInt8(ascii: "T"))
        Self.pad(secondOfDay / 3600, 2, into: &text)
        text.append(UInt8(ascii: ":"))
        Self.pad(secondOfDay / 60 % 60, 2, into: &text)
        text.append(UInt8(ascii: ":"))
        Self.pad(secondOfDay % 60, 2, into: &text)
        if fraction {
            text.append(UInt8(ascii: "."))
            Self.pad(micros, 6, into: &text)
        }
        if zulu { text.append(UInt8(ascii: "Z")) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits.
    private static func pad(_ value: Int, _ width: Int, into text: inout [UInt8]) {
        let digits = String(value).utf8
        if digits.count < width { text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits.count)) }
        text.append(contentsOf: digits)
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A proleptic Gregorian date to days since 1970-01-01.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
