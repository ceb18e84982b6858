import CloudConfig

/// The contents of one `theme.yaml`, as written: nothing inherited or checked yet, but every value
/// with the place it is written, so errors name the line and column.
struct ThemeFile: Sendable {
    /// One written value and where it is.
    struct Written: Sendable {
        var text: String
        var location: SourceLocation
    }

    /// One token of `tokens.shared`, `tokens.light` or `tokens.dark`, in file order.
    struct Token: Sendable {
        var name: String
        var value: Written
    }

    /// A pair of colour tokens whose text contrast must reach `ratio`.
    struct ContrastPair: Sendable {
        var ratio: Double
        var fg: String
        var bg: String
    }

    var extends: String?
    var appTitle: String?
    var logo: Written?
    var favicon: Written?
    var shared: [Token] = []
    var light: [Token] = []
    var dark: [Token] = []
    /// The contrast text pairs must reach: 4.5 (WCAG AA) unless the theme asks for more (7, AAA).
    var textContrast: Double?
    var contrast: [ContrastPair] = []

    /// Reads a parsed `theme.yaml`; `nil` (an empty file) sets nothing. Keys it does not know are
    /// left alone, so a theme may keep its own notes in the file.
    init(_ root: ConfigNode?) throws(CloudConfigError) {
        guard let root else { return }
        let file = LocatedValue(node: root, keyPath: CloudConfigError.topLevel)
        guard try file.map() != nil else { return }
        extends = try file.field("extends").flatMap(Self.scalar)?.text
        appTitle = try file.field("appTitle").flatMap(Self.scalar)?.text
        if let assets = file.field("assets"), try assets.map() != nil {
            logo = try assets.field("logo").flatMap(Self.scalar)
            favicon = try assets.field("favicon").flatMap(Self.scalar)
        }
        if let tokens = file.field("tokens"), try tokens.map() != nil {
            shared = try Self.tokens(tokens.field("shared"))
            light = try Self.tokens(tokens.field("light"))
            dark = try Self.tokens(tokens.field("dark"))
        }
        textContrast = try file.field("textContrast")?.number()
        for pair in try file.field("contrast")?.list() ?? [] {
            contrast.append(try Self.contrastPair(pair))
        }
    }

    /// A scalar as written, numbers included; `nil` for null, an error for a list or map.
    private static func scalar(_ value: LocatedValue) throws(CloudConfigError) -> Written? {
        guard case .scalar(let text, let kind) = value.node.value else { throw value.wrongType(expected: "text") }
        return kind == .null ? nil : Written(text: text, location: value.location)
    }

    private static func tokens(_ value: LocatedValue?) throws(CloudConfigError) -> [Token] {
        var tokens: [Token] = []
        for entry in try value?.map() ?? [] {
            // Null counts as written text here, and is then refused as a token value.
            guard case .scalar(let text, _) = entry.node.value else { throw entry.value.wrongType(expected: "text") }
            tokens.append(Token(name: entry.key, value: Written(text: text, location: entry.node.location)))
        }
        return tokens
    }

    private static func contrastPair(_ value: LocatedValue) throws(CloudConfigError) -> ContrastPair {
        _ = try value.map()
        func required(_ key: String, expected: String) throws(CloudConfigError) -> LocatedValue {
            guard let field = value.field(key), !field.node.isNull else {
                throw .wrongType(value.location, keyPath: "\(value.keyPath).\(key)", expected: expected, found: "not set")
            }
            return field
        }
        let ratio = try required("ratio", expected: "a number")
        let fg = try required("fg", expected: "text")
        let bg = try required("bg", expected: "text")
        guard let number = try ratio.number() else { throw ratio.wrongType(expected: "a number") }
        guard let fgText = try scalar(fg)?.text else { throw fg.wrongType(expected: "text") }
        guard let bgText = try scalar(bg)?.text else { throw bg.wrongType(expected: "text") }
        return ContrastPair(ratio: number, fg: fgText, bg: bgText)
    }
}

extension LocatedValue {
    /// The value under `key` of this map (the last one written), or `nil`.
    fileprivate func field(_ key: String) -> LocatedValue? {
        node.entry(key)?.value
    }
}
