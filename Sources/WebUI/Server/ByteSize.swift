/// Byte counts in the binary units people read on file managers (`8 GiB`, `300 MiB`).
enum ByteSize {
    /// `bytes` exactly, in the largest unit that divides it (`1536 MiB`, `8 GiB`, `1000 bytes`).
    static func text(_ bytes: Int64) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = max(bytes, 0)
        var unit = 0
        while value >= 1024 && value % 1024 == 0 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return "\(value) \(units[unit])"
    }
}
