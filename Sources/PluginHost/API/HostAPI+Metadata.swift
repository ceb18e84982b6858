import Foundation

/// The host API of one version as data: every public function with its signature, every event
/// with its payload's fields. `plugin-sdk/api/<major>.<minor>.json` holds one per released
/// version; a released file never changes, and ``incompatibilities(with:)`` says how a build
/// breaks one (what vanished or changed), which the compatibility test requires to be nothing.
public struct HostAPIMetadata: Sendable, Hashable, Codable {
    /// One function.
    public struct Function: Sendable, Hashable, Codable {
        /// Full name, such as `exo.http.request`.
        public let name: String
        /// The host API version that added it.
        public let since: SemanticVersion
        /// Where it may be called.
        public let contexts: [String]
        /// The capability kind it needs, if any.
        public let capability: String?
        /// What it takes, gives and fails with, and when it was deprecated.
        public let signature: HostSignature

        /// Creates a function's entry.
        public init(name: String, since: SemanticVersion, contexts: [String], capability: String?, signature: HostSignature) {
            self.name = name
            self.since = since
            self.contexts = contexts
            self.capability = capability
            self.signature = signature
        }
    }

    /// One event.
    public struct Event: Sendable, Hashable, Codable {
        /// Its name.
        public let name: String
        /// The host API version that added it.
        public let since: SemanticVersion
        /// The fields of the table its handlers receive.
        public let fields: [HostValue]
    }

    /// The host API version described.
    public let version: SemanticVersion
    /// Its functions, by name.
    public let functions: [Function]
    /// Its events, by name.
    public let events: [Event]

    /// Creates a description.
    public init(version: SemanticVersion, functions: [Function], events: [Event]) {
        self.version = version
        self.functions = functions
        self.events = events
    }

    /// The API as version `version` of this build offers it: what was added up to that version.
    public static func current(as version: SemanticVersion = HostAPI.version) -> HostAPIMetadata {
        let functions = HostAPI.reference.compactMap { function -> Function? in
            guard function.since <= version, let signature = HostAPI.signatures[function.name] else { return nil }
            return Function(
                name: function.name, since: function.since, contexts: function.contexts.map(\.rawValue), capability: function.capability,
                signature: signature)
        }
        let events = HostAPI.eventDefinitions.filter { $0.since <= version }.map { Event(name: $0.name, since: $0.since, fields: $0.fields) }
        return HostAPIMetadata(version: version, functions: functions, events: events.sorted { $0.name < $1.name })
    }

    /// The JSON text committed as `plugin-sdk/api/<major>.<minor>.json`: sorted keys, two-space indents.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a committed file's text.
    public static func parse(_ text: String) throws -> HostAPIMetadata {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(HostAPIMetadata.self, from: Data(text.utf8))
    }

    /// How this API breaks plugins written for `released`, one sentence per break; empty when
    /// it keeps every promise. A function or event may be added, a function may gain optional
    /// parameters at the end, results at the end, error codes, contexts and a deprecation, and
    /// an event may gain fields; nothing released may vanish or change.
    public func incompatibilities(with released: HostAPIMetadata) -> [String] {
        var problems: [String] = []
        let functions = Dictionary(self.functions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for old in released.functions {
            guard let new = functions[old.name] else {
                problems.append("\(old.name) (released in \(released.version)) is gone")
                continue
            }
            let named = "\(old.name) (released in \(released.version))"
            if new.since != old.since { problems.append("\(named) now says it was added in \(new.since), not \(old.since)") }
            if new.capability != old.capability {
                problems.append("\(named) needs capability \(new.capability ?? "none") instead of \(old.capability ?? "none")")
            }
            for context in old.contexts where !new.contexts.contains(context) { problems.append("\(named) may no longer be called in \(context)") }
            problems += Self.prefixProblems(old.signature.parameters, new.signature.parameters, what: "parameter", of: named, addedMustBeOptional: true)
            problems += Self.prefixProblems(old.signature.returns, new.signature.returns, what: "result", of: named, addedMustBeOptional: false)
            for code in old.signature.errors where !new.signature.errors.contains(code) { problems.append("\(named) no longer answers \(code)") }
            if let deprecated = old.signature.deprecatedSince, new.signature.deprecatedSince != deprecated {
                problems.append("\(named) was deprecated in \(deprecated); that cannot be undone or moved")
            }
        }
        let events = Dictionary(self.events.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for old in released.events {
            guard let new = events[old.name] else {
                problems.append("event \(old.name) (released in \(released.version)) is gone")
                continue
            }
            if new.since != old.since { problems.append("event \(old.name) now says it was added in \(new.since), not \(old.since)") }
            for field in old.fields where !new.fields.contains(field) {
                problems.append("event \(old.name) (released in \(released.version)): field \(field.name) \(field.type) changed or is gone")
            }
        }
        return problems
    }

    /// Released values must stay as they were, in place; values after them may be added.
    private static func prefixProblems(
        _ old: [HostValue], _ new: [HostValue], what: String, of function: String, addedMustBeOptional: Bool
    ) -> [String] {
        var problems: [String] = []
        for (index, value) in old.enumerated() {
            guard index < new.count else {
                problems.append("\(function): \(what) \(index + 1) (\(value.name)) is gone")
                continue
            }
            if new[index] != value {
                problems.append("\(function): \(what) \(index + 1) was \(Self.describe(value)), now \(Self.describe(new[index]))")
            }
        }
        if addedMustBeOptional {
            for value in new.dropFirst(old.count) where !value.optional {
                problems.append("\(function): new \(what) \(value.name) must be optional")
            }
        }
        return problems
    }

    private static func describe(_ value: HostValue) -> String {
        "\(value.name)\(value.optional ? "?" : ""): \(value.type)"
    }
}

extension SemanticVersion: Codable {
    /// Decodes `1.2.0`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let version = SemanticVersion(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a version"))
        }
        self = version
    }

    /// Encodes as `1.2.0`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
