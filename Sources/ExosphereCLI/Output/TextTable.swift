import Localization

/// A table printed as aligned columns for people: a header row, a rule, then one row per item.
///
/// Columns are as wide as their widest cell; cells are never cut, so nothing a person needs (an id,
/// an address) is hidden. Every cell is made terminal-safe (``TerminalText``) before it is
/// measured, so an escaped name is as wide as it shows.
struct TextTable {
    /// Column titles, in order.
    var headers: [String]
    /// Cell texts; each row has as many cells as there are headers (missing cells print empty).
    var rows: [[String]]

    /// The table as text, one line per row, ending with a newline; "" when there are no rows.
    func rendered() -> String {
        guard !rows.isEmpty else { return "" }
        let shownHeaders = headers.map { TerminalText.escaped($0) }
        let shownRows = rows.map { $0.map { TerminalText.escaped($0) } }
        let widths = shownHeaders.indices.map { column in
            shownRows.reduce(shownHeaders[column].count) { widest, row in
                max(widest, cell(row, column).count)
            }
        }
        var lines = [line(shownHeaders, widths: widths)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += shownRows.map { line($0, widths: widths) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func cell(_ row: [String], _ column: Int) -> String {
        row.indices.contains(column) ? row[column] : ""
    }

    private func line(_ row: [String], widths: [Int]) -> String {
        var text = ""
        for (column, width) in widths.enumerated() {
            let value = cell(row, column)
            let isLast = column == widths.count - 1
            text += isLast ? value : value + String(repeating: " ", count: width - value.count + 2)
        }
        return text
    }
}
