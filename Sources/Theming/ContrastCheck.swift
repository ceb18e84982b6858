/// Checks a theme's colour pairs against WCAG 2.1 contrast minimums, in both modes.
///
/// Text pairs need the theme's ``Theme/textContrast`` (4.5:1 for AA, success criterion 1.4.3);
/// borders and the focus ring need 3:1 (1.4.11, non-text contrast). Themes add pairs of their own.
public enum ContrastCheck {
    /// The pairs every theme is held to; `textRatio` is the theme's text minimum.
    public static func requirements(textRatio: Double) -> [ContrastRequirement] {
        var pairs = [
            ContrastRequirement(ratio: textRatio, fg: "color.fg.default", bg: "color.canvas.default"),
            ContrastRequirement(ratio: textRatio, fg: "color.fg.default", bg: "color.canvas.subtle"),
            ContrastRequirement(ratio: textRatio, fg: "color.fg.muted", bg: "color.canvas.default"),
            ContrastRequirement(ratio: 3, fg: "color.border.default", bg: "color.canvas.default"),
            ContrastRequirement(ratio: 3, fg: "color.focus", bg: "color.canvas.default"),
        ]
        for role in ThemeToken.roles {
            pairs.append(ContrastRequirement(ratio: textRatio, fg: "color.\(role).fg", bg: "color.canvas.default"))
            pairs.append(ContrastRequirement(ratio: textRatio, fg: "color.fg.onEmphasis", bg: "color.\(role).emphasis"))
            pairs.append(ContrastRequirement(ratio: textRatio, fg: "color.fg.default", bg: "color.\(role).subtle"))
        }
        return pairs
    }

    /// Every requirement `theme` misses, in light then dark mode. Pairs whose tokens are not set
    /// are reported as missing rather than passed.
    public static func findings(for theme: Theme) -> [ContrastFinding] {
        let pairs = requirements(textRatio: theme.textContrast) + theme.extraContrast
        var findings: [ContrastFinding] = []
        for (mode, tokens) in [("light", theme.light), ("dark", theme.dark)] {
            for pair in pairs {
                guard let fg = tokens[pair.fg].flatMap(ThemeColor.init(parsing:)),
                    let bg = tokens[pair.bg].flatMap(ThemeColor.init(parsing:))
                else {
                    findings.append(ContrastFinding(theme: theme.name, mode: mode, requirement: pair, ratio: nil))
                    continue
                }
                let ratio = ThemeColor.contrastRatio(fg, bg)
                if ratio < pair.ratio {
                    findings.append(ContrastFinding(theme: theme.name, mode: mode, requirement: pair, ratio: ratio))
                }
            }
        }
        return findings
    }
}

/// A contrast requirement a theme misses in one mode.
public struct ContrastFinding: Sendable, Hashable, CustomStringConvertible {
    /// The theme's name.
    public var theme: String
    /// `light` or `dark`.
    public var mode: String
    /// The requirement missed.
    public var requirement: ContrastRequirement
    /// The ratio reached, or `nil` when a token of the pair is not set.
    public var ratio: Double?

    /// One line for the start-up report, such as
    /// `theme x (dark): color.fg.muted on color.canvas.default is 3.20:1, needs 4.5:1`.
    public var description: String {
        let pair = "\(requirement.fg) on \(requirement.bg)"
        guard let ratio else { return "theme \(theme) (\(mode)): \(pair) cannot be checked, a token is not set" }
        let reached = (ratio * 100).rounded(.down) / 100
        return "theme \(theme) (\(mode)): \(pair) is \(reached):1, needs \(requirement.ratio):1"
    }
}
