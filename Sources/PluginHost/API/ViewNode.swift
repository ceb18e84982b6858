import PluginModel

extension ViewNode {
    /// Reads a view model from what a render function returned; the error names the field.
    static func parse(_ value: LuaValue, path: String = "view") throws(HostMisuse) -> ViewNode {
        if let text = value.text { return .text(text) }
        guard case .table = value else { throw HostMisuse("\(path) must be a table or a string, got \(value.typeName)") }
        guard let type = value["type"].text else {
            var children: [ViewNode] = []
            for (index, item) in value.listItems.enumerated() { children.append(try parse(item, path: "\(path)[\(index + 1)]")) }
            return .group(children)
        }
        func text(_ field: String) throws(HostMisuse) -> String {
            if let number = value[field].numberValue, value[field].text == nil {
                return number == number.rounded() ? String(Int64(number)) : String(number)
            }
            guard let text = value[field].text else { throw HostMisuse("\(path).\(field) must be a string") }
            return text
        }
        switch type {
        case "text": return .text(try text("text"))
        case "heading": return .heading(try text("text"))
        case "stat": return .stat(label: try text("label"), value: try text("value"), tone: value["tone"].text)
        case "progress":
            guard let current = value["value"].numberValue, let maximum = value["max"].numberValue, maximum > 0 else {
                throw HostMisuse("\(path) progress needs numbers value and max > 0")
            }
            return .progress(label: try text("label"), value: current, maximum: maximum)
        case "list": return .list(value["items"].listItems.map { $0.text ?? "" })
        case "table":
            return .table(
                columns: value["columns"].listItems.map { $0.text ?? "" },
                rows: value["rows"].listItems.map { $0.listItems.map { $0.text ?? $0.numberValue.map { String($0) } ?? "" } })
        case "link":
            let url = try text("url")
            guard url.hasPrefix("/") || HTTPOrigin(url) != nil else { throw HostMisuse("\(path).url must be http(s) or start with /") }
            return .link(label: try text("label"), url: url)
        default:
            throw HostMisuse("\(path).type \"\(type)\" is not one of text, heading, stat, progress, list, table, link")
        }
    }
}
