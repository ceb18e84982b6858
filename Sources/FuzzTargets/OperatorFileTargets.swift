import CloudConfig
import Foundation
import Localization
import PluginHost
@testable import Theming

/// Files an operator or a plugin author writes: message catalogues, plural rules, themes and
/// plugin manifests.
enum OperatorFileTargets {
    /// Counts a plural rule is asked about: small ones, the edges of each rule's ranges, and extremes.
    private static let counts = [0, 1, 2, 3, 5, 11, 21, 101, 1_000_001, -1, Int.max, Int.min]

    static func run(_ target: FuzzTarget, _ data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return }
        switch target {
        case .po:
            guard let file = try? POReader.parse(text, path: "fuzz.po") else { return }
            if let rule = PluralRule(header: file.header["Plural-Forms"] ?? "") {
                for count in counts { _ = rule.formIndex(for: count) }
            }
        case .plural:
            guard let expression = try? PluralExpression(text) else { return }
            for count in counts { _ = expression.evaluate(count) }
        case .theme:
            guard let root = try? ConfigNode.parse(yaml: text, file: "theme.yaml"), let file = try? ThemeFile(root) else { return }
            for token in file.shared { _ = ThemeColor(parsing: token.value.text) }
        case .manifest:
            _ = try? PluginManifest.parse(text, path: "plugin.yaml")
        default:
            break
        }
    }
}
