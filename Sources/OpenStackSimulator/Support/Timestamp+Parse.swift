extension Timestamp {
    /// Parses the ISO 8601 forms clients send in filters such as Nova's `changes-since`:
    /// `2026-11-25T16:33:11Z`, with optional fraction, and `Z`, `+hh:mm` or no zone (UTC).
    init?(iso text: String) {
        let chars = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= chars.count else { return nil }
            return Int(String(decoding: chars[start..<start + count], as: UTF8.self))
        }
        guard chars.count >= 19, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var seconds = Double(Self.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second)
        var index = 19
        if index < chars.count, chars[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < chars.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(chars[index]) { index += 1 }
            if let fraction = Double("0." + String(decoding: chars[start..<index], as: UTF8.self)) { seconds += fraction }
        }
        if index < chars.count {
            switch chars[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"): index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard let hours = number(index + 1, 2), let minutes = number(index + 4, 2) else { return nil }
                let offset = Double(hours * 3600 + minutes * 60)
                seconds += chars[index] == UInt8(ascii: "+") ? -offset : offset
                index += 6
            default: return nil
            }
        }
        guard index == chars.count else { return nil }
        self.init(seconds)
    }
}
