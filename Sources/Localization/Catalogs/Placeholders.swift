/// The `{name}` placeholders of message texts.
enum Placeholders {
    /// The names inside braces; `{` without a closing `}` is plain text, as in ``LocalizableMessage/fill(_:with:)``.
    static func names(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            names.insert(String(rest[afterOpen..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Whether `translation` uses only `allowed` placeholders and every `required` one.
    static func fits(_ translation: String, allowed: Set<String>, required: Set<String>) -> Bool {
        let used = names(in: translation)
        return used.isSubset(of: allowed) && required.isSubset(of: used)
    }
}
