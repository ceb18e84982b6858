import PluginModel
import Localization

/// Turns an extension's ``ViewNode`` into HTML: every string escaped, links only to http(s) URLs
/// or local paths, and fixed CSS classes (`ext-stat`, `ext-progress`, `ext-table`, `ext-list`,
/// `ext-link`) for the stylesheet, so an extension can neither write markup nor style it.
enum ViewNodeHTML {
    /// The tones a stat may carry; anything else is dropped.
    static let tones: Set<String> = ["ok", "warning", "danger"]

    /// The HTML for `node`.
    static func render(_ node: ViewNode) -> String {
        var html = ""
        append(node, to: &html)
        return html
    }

    private static func append(_ node: ViewNode, to html: inout String) {
        switch node {
        case .text(let text):
            html += "<p>" + escape(text) + "</p>"
        case .heading(let text):
            html += "<h3>" + escape(text) + "</h3>"
        case .stat(let label, let value, let tone):
            let toneClass = tone.flatMap { tones.contains($0) ? " tone-" + $0 : nil } ?? ""
            html += "<p class=\"ext-stat" + toneClass + "\"><span class=\"ext-stat-label\">" + escape(label)
                + "</span> <span class=\"ext-stat-value\">" + escape(value) + "</span></p>"
        case .progress(let label, let value, let maximum):
            let limit = maximum.isFinite && maximum > 0 ? maximum : 1
            let current = value.isFinite ? min(max(value, 0), limit) : 0
            let percent = Int((current / limit * 100).rounded())
            html += "<p class=\"ext-progress\"><span class=\"ext-progress-label\">" + escape(label) + "</span> <progress max=\""
                + number(limit) + "\" value=\"" + number(current) + "\">" + String(percent) + "%</progress></p>"
        case .list(let items):
            html += "<ul class=\"ext-list\">" + items.map { "<li>" + escape($0) + "</li>" }.joined() + "</ul>"
        case .table(let columns, let rows):
            html += "<table class=\"ext-table\"><thead><tr>" + columns.map { "<th scope=\"col\">" + escape($0) + "</th>" }.joined()
                + "</tr></thead><tbody>"
                + rows.map { "<tr>" + $0.map { "<td>" + escape($0) + "</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>"
        case .link(let label, let url):
            guard isSafeURL(url) else {
                html += "<p>" + escape(label) + "</p>"
                return
            }
            let external = !url.hasPrefix("/")
            html += "<p><a class=\"ext-link\" href=\"" + escape(url) + "\"" + (external ? " rel=\"noopener noreferrer\"" : "") + ">"
                + escape(label) + "</a></p>"
        case .group(let children):
            for child in children { append(child, to: &html) }
        }
    }

    /// A local path (not `//host`) or an http(s) URL.
    static func isSafeURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if url.hasPrefix("/") { return !url.hasPrefix("//") && !url.hasPrefix("/\\") }
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
