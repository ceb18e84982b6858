import Crypto
import Foundation
import Localization
import Logging
import Secrets

extension HostAPI {
    static let dataFunctions: [HostFunction] = [
        HostFunction(name: "json.encode", since: v1_0, contexts: anywhere, capability: nil, summary: "Encodes a value as JSON text.") {
            _, call throws(HostMisuse) in .values([.text(try JSONConversion.encode(call.argument(1)))])
        },
        HostFunction(name: "json.decode", since: v1_0, contexts: anywhere, capability: nil, summary: "Decodes JSON text; returns value or nil, err.") {
            _, call throws(HostMisuse) in
            guard case .string(let text) = call.argument(1) else { throw HostMisuse("argument 1 must be a string") }
            switch JSONConversion.decodeBounded(text.bytes) {
            case .success(let value): return .values([value])
            case .failure(let problem): return HostErrors.failure(code: problem.code, message: problem.message)
            }
        },
        log("debug", .debug), log("info", .info), log("warn", .info), log("error", .info),
        HostFunction(name: "config.get", since: v1_0, contexts: anywhere, capability: nil, summary: "The value of a setting from the config schema.") {
            session, call throws(HostMisuse) in
            let key = try call.string(1)
            guard session.manifest.config.contains(where: { $0.name == key }) else {
                let known = session.manifest.config.map(\.name).joined(separator: ", ")
                throw HostMisuse("\"\(key)\" is not in the config schema of plugin.yaml (known: \(known.isEmpty ? "none" : known))")
            }
            return .values([session.config[key]?.luaValue ?? .nil])
        },
        HostFunction(
            name: "store.get", since: v1_3, contexts: anywhere, capability: nil,
            summary: "The value kept under key in the plugin's own store (it survives restarts), or nil."
        ) { session, call throws(HostMisuse) in
            guard let json = session.store.value(for: try call.string(1)) else { return .values([.nil]) }
            switch JSONConversion.decodeBounded(Array(json.utf8)) {
            case .success(let value): return .values([value])
            case .failure(let problem): return HostErrors.failure(code: problem.code, message: problem.message)
            }
        },
        HostFunction(
            name: "store.set", since: v1_3, contexts: [.load, .handler, .provider], capability: nil,
            summary: "Keeps a JSON-encodable value under key in the plugin's own store (nil removes it); true, or nil, err when the store (1 MiB) is full."
        ) { session, call throws(HostMisuse) in
            let key = try call.string(1)
            let value = call.argument(2)
            let json = value.isNil ? nil : try JSONConversion.encode(value)
            do throws(PluginStore.Refusal) {
                try session.store.set(json, for: key)
            } catch {
                return HostErrors.failure(code: error.code, message: error.message)
            }
            return .values([.boolean(true)])
        },
        HostFunction(name: "secrets.get", since: v1_0, contexts: running, capability: "secrets", summary: "A secret declared under capabilities.secrets; nil, err when unset.") {
            session, call throws(HostMisuse) in
            let name = try call.string(1)
            guard session.manifest.capabilities.secrets.contains(name) else {
                throw HostMisuse("secret \"\(name)\" is not in capability secrets of plugin.yaml")
            }
            guard let secret = session.environment.secrets.secret(named: name, plugin: session.manifest.id) else {
                let hint = session.environment.secrets is EnvironmentSecretStore
                    ? " (the operator sets it in the environment variable \(EnvironmentSecretStore.variable(named: name, plugin: session.manifest.id)))" : ""
                return HostErrors.failure(code: "secret.missing", message: "secret \(name) is not set\(hint)")
            }
            return .values([.text(secret.revealed)])
        },
        HostFunction(name: "i18n.t", since: v1_0, contexts: anywhere, capability: nil, summary: "Translates a msgid from the plugin's locales/ and fills {placeholders}.") {
            session, call throws(HostMisuse) in
            let msgid = try call.string(1)
            var arguments: [String: String] = [:]
            if case .table(let entries) = call.argument(2) {
                for (key, value) in entries {
                    if let name = key.text { arguments[name] = value.displayText }
                }
            }
            // A regional tag (`es-MX`) falls back to its language's catalog (`es`).
            let translated = session.locale.flatMap { locale in
                session.catalogs[locale]?[msgid] ?? session.catalogs[String(locale.split(separator: "-").first ?? "")]?[msgid]
            } ?? msgid
            guard let text = LocalizableMessage.fill(translated, with: arguments, limit: PluginQuotas.translationBytes) else {
                throw HostMisuse("the translation would be more than the \(PluginQuotas.translationBytes) bytes allowed")
            }
            return .values([.text(text)])
        },
        HostFunction(name: "crypto.sha256", since: v1_0, contexts: anywhere, capability: nil, summary: "SHA-256 of a string, as hex (or raw bytes with \"raw\").") {
            _, call throws(HostMisuse) in
            guard case .string(let data) = call.argument(1) else { throw HostMisuse("argument 1 must be a string") }
            return .values([digestValue(Array(SHA256.hash(data: data.bytes)), raw: call.argument(2).text == "raw")])
        },
        HostFunction(name: "crypto.hmac_sha256", since: v1_0, contexts: anywhere, capability: nil, summary: "HMAC-SHA-256 of message with key, as hex (or raw bytes with \"raw\").") {
            _, call throws(HostMisuse) in
            guard case .string(let key) = call.argument(1), case .string(let message) = call.argument(2) else {
                throw HostMisuse("arguments 1 and 2 must be strings (key, message)")
            }
            let code = HMAC<SHA256>.authenticationCode(for: message.bytes, using: SymmetricKey(data: key.bytes))
            return .values([digestValue(Array(code), raw: call.argument(3).text == "raw")])
        },
    ]

    private static func digestValue(_ bytes: [UInt8], raw: Bool) -> LuaValue {
        raw ? .string(LuaString(bytes: bytes)) : .text(bytes.map { String(format: "%02x", $0) }.joined())
    }

    /// Library modules never log at warning or above, so `warn` and `error` log at info with the
    /// plugin's level kept as metadata.
    private static func log(_ name: String, _ level: Logger.Level) -> HostFunction {
        HostFunction(name: "log." + name, since: v1_0, contexts: anywhere, capability: nil, summary: "Logs a message (with optional fields) at \(name).") {
            session, call throws(HostMisuse) in
            // Line breaks and escapes are shown, not written: a plugin cannot forge another log line.
            let message = TerminalText.escaped(PluginLogText.cut(try call.string(1)))
            var fields: Logger.Metadata = [:]
            if case .table(let entries) = call.argument(2) {
                guard entries.count <= PluginQuotas.logFields else {
                    throw HostMisuse("a log line may have at most \(PluginQuotas.logFields) fields, got \(entries.count)")
                }
                for (key, value) in entries {
                    if let key = key.text {
                        let text = value.displayText
                        fields[TerminalText.escaped(PluginLogText.cut(key))] = .string(TerminalText.escaped(PluginLogText.cut(text)))
                    }
                }
            }
            // The plugin's own fields sit under one key, so none can pose as the host's `plugin`.
            var metadata: Logger.Metadata = ["plugin_level": .string(name), "plugin": .string(session.manifest.id)]
            if !fields.isEmpty { metadata["fields"] = .dictionary(fields) }
            session.logger.log(level: level, "\(message)", metadata: metadata)
            return .values([])
        }
    }
}
