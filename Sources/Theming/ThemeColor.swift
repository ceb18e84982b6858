import Foundation

/// An sRGB colour parsed from a theme token, with the arithmetic WCAG contrast needs.
public struct ThemeColor: Sendable, Hashable {
    /// Red, green and blue, 0…255.
    public var red: Int, green: Int, blue: Int
    /// Opacity, 0…1.
    public var alpha: Double

    /// Creates a colour from 0…255 channels.
    public init(red: Int, green: Int, blue: Int, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)` or `rgba(r, g, b, a)`; `nil` for anything else.
    public init?(parsing text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") {
            let hex = Array(value.dropFirst())
            guard hex.allSatisfy(\.isHexDigit) else { return nil }
            let channels: [String]
            switch hex.count {
            case 3: channels = hex.map { String([$0, $0]) }
            case 6, 8: channels = stride(from: 0, to: hex.count, by: 2).map { String(hex[$0..<$0 + 2]) }
            default: return nil
            }
            let numbers = channels.compactMap { Int($0, radix: 16) }
            guard numbers.count == channels.count, numbers.count >= 3 else { return nil }
            self.init(red: numbers[0], green: numbers[1], blue: numbers[2], alpha: numbers.count == 4 ? Double(numbers[3]) / 255 : 1)
            return
        }
        for prefix in ["rgba(", "rgb("] where value.hasPrefix(prefix) && value.hasSuffix(")") {
            let inner = value.dropFirst(prefix.count).dropLast()
            let parts = inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3 || parts.count == 4 else { return nil }
            let rgb = parts.prefix(3).compactMap { Int($0) }.filter { (0...255).contains($0) }
            guard rgb.count == 3 else { return nil }
            var alpha = 1.0
            if parts.count == 4 {
                guard let parsed = Double(parts[3]), (0...1).contains(parsed) else { return nil }
                alpha = parsed
            }
            self.init(red: rgb[0], green: rgb[1], blue: rgb[2], alpha: alpha)
            return
        }
        return nil
    }

    /// The CSS text, `#rrggbb` or `rgba(…)` when translucent; only ever built from parsed numbers.
    public var css: String {
        if alpha < 1 { return "rgba(\(red), \(green), \(blue), \(alpha))" }
        return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// WCAG 2.x relative luminance, 0 (black) … 1 (white).
    public var relativeLuminance: Double {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio between two colours, 1…21 (WCAG 2.1, definition "contrast ratio").
    public static func contrastRatio(_ first: ThemeColor, _ second: ThemeColor) -> Double {
        let (a, b) = (first.relativeLuminance, second.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
