/// Why a JSON document is not handed to a plugin.
struct JSONRefusal: Error {
    /// `json.invalid`, `json.too_deep` or `json.too_large`.
    let code: String
    let message: String
}

extension JSONConversion {
    /// Decodes JSON for a plugin, refusing documents nested deeper than ``PluginQuotas/jsonDepth``
    /// (Lua could not take them: the plugin would be stopped instead of told) or holding more than
    /// ``PluginQuotas/jsonValues`` values (their copies would be the host's memory, not the plugin's).
    /// Both are checked on the text before any of it is decoded.
    static func decodeBounded(_ bytes: [UInt8]) -> Result<LuaValue, JSONRefusal> {
        if let refusal = measure(bytes) { return .failure(refusal) }
        guard let value = try? decodeUnchecked(bytes) else {
            return .failure(JSONRefusal(code: "json.invalid", message: "the text is not valid JSON"))
        }
        return .success(value)
    }

    /// One pass over the text outside strings: nesting from brackets, values from brackets,
    /// commas and colons (an upper bound: a member counts for its key and its value).
    private static func measure(_ bytes: [UInt8]) -> JSONRefusal? {
        var depth = 0
        var values = 1
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                guard depth <= PluginQuotas.jsonDepth else {
                    return JSONRefusal(code: "json.too_deep", message: "the JSON is nested more than \(PluginQuotas.jsonDepth) levels deep")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                values += 1
                guard values <= PluginQuotas.jsonValues else {
                    return JSONRefusal(code: "json.too_large", message: "the JSON holds more than \(PluginQuotas.jsonValues) values")
                }
            default: break
            }
        }
        return nil
    }
}
