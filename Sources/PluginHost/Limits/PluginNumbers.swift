/// Turning plugin numbers into host numbers without trapping: `Int64(Double)` stops the process
/// on NaN, infinities and values beyond ±2^63, and plugins can hand over all of them.
enum PluginNumbers {
    /// The largest magnitude printed as a whole number; beyond it Double has no exact integers
    /// anyway (2^53 is about 9.007e15).
    static let largestWholeNumber = 1e15

    /// A finite number as text: whole numbers without a fraction (`3`, not `3.0`), others as Swift
    /// prints them (`0.5`, `1e+20`); `nil` for NaN and infinities.
    static func text(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        if number == number.rounded(), abs(number) < largestWholeNumber, let whole = Int64(exactly: number) {
            return String(whole)
        }
        return String(number)
    }
}
