/// The declarative view model a card or page renders to; the front end turns it into HTML and
/// escapes every string, so a plugin never writes markup.
///
/// In Lua, a node is `{ type = "stat", label = "SUs used", value = "120" }`; a list of nodes is a
/// group.
public indirect enum ViewNode: Sendable, Hashable {
    /// A paragraph of text.
    case text(String)
    /// A heading.
    case heading(String)
    /// A labelled figure, with an optional tone: `ok`, `warning` or `danger`.
    case stat(label: String, value: String, tone: String?)
    /// A bar of `value` out of `maximum`.
    case progress(label: String, value: Double, maximum: Double)
    /// A bulleted list.
    case list([String])
    /// A table with a header row.
    case table(columns: [String], rows: [[String]])
    /// A link (an http(s) URL or a path starting with `/`).
    case link(label: String, url: String)
    /// Several nodes in order.
    case group([ViewNode])
}
