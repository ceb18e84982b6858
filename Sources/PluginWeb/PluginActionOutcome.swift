import PluginHost
import WebUI

/// What an instance action's return values mean to a person.
///
/// `return nil, err` (with `err.message` or a string) is a failure; a string is the message; a
/// table with `message` is that message; any other table is summed up by its plain fields in
/// name order (`id: 35436, url: https://…`).
enum PluginActionOutcome {
    static func outcome(_ values: [LuaValue]) -> ExtensionActionOutcome {
        let result = values.first ?? .nil
        if result.isNil {
            let error = values.count > 1 ? values[1] : .nil
            let message = error.text ?? error["message"].text
            return ExtensionActionOutcome(message: message, isError: message != nil)
        }
        if let text = result.text { return ExtensionActionOutcome(message: text, isError: false) }
        if let message = result["message"].text { return ExtensionActionOutcome(message: message, isError: false) }
        guard case .table(let entries) = result else { return ExtensionActionOutcome(message: nil, isError: false) }
        let fields = entries.compactMap { key, value -> (String, String)? in
            guard let name = key.text else { return nil }
            if let text = value.text { return (name, text) }
            if case .integer(let number) = value { return (name, String(number)) }
            if case .number(let number) = value { return (name, decimal(number)) }
            if case .boolean(let flag) = value { return (name, String(flag)) }
            return nil
        }
        let summary = fields.sorted { $0.0 < $1.0 }.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
        return ExtensionActionOutcome(message: summary.isEmpty ? nil : summary, isError: false)
    }

    /// A plugin's number as text; whole numbers without a fraction only where Int64 holds them
    /// exactly (`Int64(Double)` would stop the server on `math.huge`, NaN or 1e20).
    private static func decimal(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
