import Foundation

/// Why a configuration value does not fit its field.
struct ConfigProblem: Error {
    let problem: String
}

extension ConfigField {
    /// Checks a value against the field's type and rules, converting where YAML is loose (an
    /// integer where a number is expected).
    func validate(_ value: PluginConfigValue) throws(ConfigProblem) -> PluginConfigValue {
        switch (kind, value) {
        case (.string, .string(let text)):
            if let pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: text)) == nil {
                throw ConfigProblem(problem: "does not match the pattern \(pattern)")
            }
            return value
        case (.url, .string(let text)):
            guard HTTPOrigin(text) != nil else {
                throw ConfigProblem(problem: "expected an http or https URL (no . or .. in its path), got \(shown(text))")
            }
            return value
        case (.enum, .string(let text)):
            guard values.contains(text) else {
                throw ConfigProblem(problem: "expected one of \(values.joined(separator: ", ")), got \(shown(text))")
            }
            return value
        case (.boolean, .boolean), (.array, .list), (.map, .map):
            return value
        case (.integer, .integer(let number)):
            try check(Double(number))
            return value
        case (.number, .integer(let number)):
            try check(Double(number))
            return .number(Double(number))
        case (.number, .number(let number)):
            try check(number)
            return value
        default:
            throw ConfigProblem(problem: "expected \(expected), got \(secret ? "a value of another type (not shown: the setting is secret)" : value.kindDescription)")
        }
    }

    /// The value as an error may quote it: a `secret` setting's value never appears.
    private func shown(_ text: String) -> String {
        secret ? "a value that is not shown (the setting is secret)" : "\"\(text)\""
    }

    private func check(_ number: Double) throws(ConfigProblem) {
        if let between, !between.contains(number) {
            throw ConfigProblem(problem: "must be between \(Self.format(between.lowerBound)) and \(Self.format(between.upperBound))")
        }
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    private var expected: String {
        switch kind {
        case .string: return "text"
        case .integer: return "a whole number"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .url: return "a URL"
        case .enum: return "one of \(values.joined(separator: ", "))"
        case .array: return "a list"
        case .map: return "a map"
        }
    }
}

extension PluginManifest {
    /// The effective configuration: the operator's `settings` checked against the schema, with
    /// defaults filled in.
    ///
    /// - Throws: ``PluginError/invalidConfig(plugin:field:problem:)`` naming
    ///   `plugins.<id>.config.<key>` for an unknown key, a missing required value or a wrong value.
    public func resolveConfig(_ settings: [String: PluginConfigValue]) throws(PluginError) -> [String: PluginConfigValue] {
        let known = config.map(\.name)
        for key in settings.keys.sorted() where !known.contains(key) {
            let hint = known.isEmpty ? "this plugin has no settings" : "known settings are \(known.joined(separator: ", "))"
            throw .invalidConfig(plugin: id, field: "plugins.\(id).config.\(key)", problem: "unknown setting; \(hint)")
        }
        var resolved: [String: PluginConfigValue] = [:]
        for field in config {
            let path = "plugins.\(id).config.\(field.name)"
            if let given = settings[field.name] {
                do {
                    resolved[field.name] = try field.validate(given)
                } catch {
                    throw .invalidConfig(plugin: id, field: path, problem: error.problem)
                }
            } else if let defaultValue = field.defaultValue {
                resolved[field.name] = defaultValue
            } else if field.required {
                throw .invalidConfig(plugin: id, field: path, problem: "is required (\(field.description))")
            }
        }
        return resolved
    }
}
