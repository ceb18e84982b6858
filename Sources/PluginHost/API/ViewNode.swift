import PluginModel

extension ViewNode {
    /// Reads a view model from what a render function returned; the error names the field.
    static func parse(_ value: LuaValue, path: String = "view") throws(HostMisuse) -> ViewNode {
        var budget = PluginQuotas.viewNodes
        return try parse(value, path: path, budget: &budget)
    }

    private static func parse(_ value: LuaValue, path: String, budget: inout Int) throws(HostMisuse) -> ViewNode {
        budget -= 1
        guard budget >= 0 else { throw HostMisuse("the view has more than \(PluginQuotas.viewNodes) nodes") }
        if let text = value.text { return .text(text) }
        guard case .table = value else { throw HostMisuse("\(path) must be a table or a string, got \(value.typeName)") }
        guard let type = value["type"].text else {
            var children: [ViewNode] = []
            for (index, item) in value.listItems.enumerated() { children.append(try parse(item, path: "\(path)[\(index + 1)]", budget: &budget)) }
            return .group(children)
        }
        func text(_ field: String) throws(HostMisuse) -> String {
            if let number = value[field].numberValue, value[field].text == nil {
                guard let text = PluginNumbers.text(number) else { throw HostMisuse("\(path).\(field) must be a finite number, got \(number)") }
                return text
            }
            guard let text = value[field].text else { throw HostMisuse("\(path).\(field) must be a string") }
            return text
        }
        switch type {
        case "text": return .text(try text("text"))
        case "heading": return .heading(try text("text"))
        case "stat": return .stat(label: try text("label"), value: try text("value"), tone: value["tone"].text)
        case "progress":
            guard let current = value["value"].numberValue, let maximum = value["max"].numberValue, maximum > 0,
                current.isFinite, maximum.isFinite
            else {
                throw HostMisuse("\(path) progress needs finite numbers value and max > 0")
            }
            return .progress(label: try text("label"), value: current, maximum: maximum)
        case "list": return .list(value["items"].listItems.map { $0.text ?? "" })
        case "table":
            let rows: [[String]] = value["rows"].listItems.map { row in row.listItems.map(cellText) }
            return .table(columns: value["columns"].listItems.map { $0.text ?? "" }, rows: rows)
        case "link":
            let url = try text("url")
            guard url.hasPrefix("/") || HTTPOrigin(url) != nil else { throw HostMisuse("\(path).url must be http(s) or start with /") }
            return .link(label: try text("label"), url: url)
        default:
            throw HostMisuse("\(path).type \"\(type)\" is not one of text, heading, stat, progress, list, table, link")
        }
    }

    /// A table cell: text, or a finite number as text; anything else is an empty cell.
    private static func cellText(_ value: LuaValue) -> String {
        value.text ?? value.numberValue.flatMap(PluginNumbers.text) ?? ""
    }
}
