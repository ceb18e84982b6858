import Foundation

extension HostAPI {
    /// The host API reference as Markdown (`plugin-sdk/reference/exo.md`), generated from the
    /// registry so that the docs cannot drift from the code.
    public static func referenceMarkdown() -> String {
        var lines = [
            "# `exo` host API \(version) reference",
            "",
            "Generated from the host API registry (`Sources/PluginHost/API/`); do not edit by hand.",
            "",
            "Every function's parameters, results and error codes, and every event's fields, are data in",
            "`plugin-sdk/api/<version>.json`, one file per released version: what a released file promises is",
            "never taken back (the test suite checks every build against every file).",
            "",
            "Misuse (a wrong argument, a missing capability, the wrong context) raises a Lua error naming the",
            "function. Expected failures (timeouts, HTTP errors, missing secrets) return `nil, err`, where",
            "`err` is `{ code = \"http.timeout\", message = \"…\" }`.",
            "",
            "Contexts: `load` (top level of init.lua), `handler` (events and actions; may wait for",
            "`exo.http`), `render` (cards, pages, cloud-init parts; no network), `provider` (provider calls).",
            "",
            "An empty Lua table encodes as `{}`; mark it with `exo.json.array(t)` to send `[]` (and",
            "`exo.json.object(t)` to send a table with keys 1…n as an object). `exo.json.decode` gives plain",
            "tables: `[]` and `{}` both decode to an empty table.",
            "",
            "## Events for `exo.on`",
            "",
            "Each handler receives one table (`?` marks a field that may be absent).",
            "",
            "| event | payload |",
            "|---|---|",
        ]
        lines += eventDefinitions.map { "| `\($0.name)` | \($0.payloadDescription.replacingOccurrences(of: "|", with: "\\|")) |" }
        lines += ["", "## Views", "", "| view | rows |", "|---|---|"]
        lines += viewShapes.map { "| `\($0.view)` | \($0.fields) |" }
        lines += [
            "",
            "## Provider contract",
            "",
            "The table given to `exo.providers.register` has `id` (declared under `capabilities.providers`), `name`",
            "(shown beside OpenStack clouds) and one function per operation, each called in the `provider` context.",
            "Ids are text (an integer id is read as text); `?` marks a field that may be absent (`name` defaults to",
            "the id). Each function returns its value, or `nil, err` with `err` a `{ code, message }` table or a",
            "string. A value of another shape is reported naming the plugin, provider, operation and field (such",
            "as `result[2].status`); a Lua error stops the plugin.",
            "",
            "| call | returns |",
            "|---|---|",
        ]
        lines += ProviderOperation.allCases.map { "| `\($0.contract.call)` | \($0.contract.returns) |" }
        lines += [
            "",
            "Where providers show: the web UI's dashboard and clouds page (name, instance count, link to the",
            "provider's page), the instance list (rows whose cloud is the provider's name), the provider's page",
            "`/providers/<plugin>/<provider>` (instances with start, stop, reboot and delete, and a create form),",
            "and `exosphere server list` (rows with `\"provider\": true` in `--json`). In multi-user mode the web UI",
            "shows no provider, because a provider acts with the operator's credentials.",
            "",
            "## Functions",
            "",
            "| function | since | contexts | capability | what it does |",
            "|---|---|---|---|---|",
        ]
        for function in reference where !isPrivate(function) {
            let contexts = function.contexts.count == CallContext.allCases.count
                ? "any" : function.contexts.map(\.rawValue).joined(separator: ", ")
            let summary = function.summary.replacingOccurrences(of: "|", with: "\\|")
            lines.append("| `\(function.name)` | \(function.since) | \(contexts) | \(function.capability ?? "-") | \(summary) |")
        }
        lines.append("| `exo.api` | 1.0.0 | any | - | The host API version as `{ major, minor, patch }` (read-only). |")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Type stubs for lua-language-server (`plugin-sdk/types/exo.lua`), generated from the registry.
    public static func typeStubs() -> String {
        var lines = [
            "---@meta",
            "-- Generated from the Exosphere host API registry (host API \(version)); do not edit by hand.",
            "error(\"exo.lua holds type stubs for lua-language-server; plugins get exo from the host, not by require\")",
            "",
            "---@class exo",
            "---@field api { major: integer, minor: integer, patch: integer }",
            "exo = {}",
            "",
            "--- Events for exo.on; each handler receives one table:",
        ]
        lines += eventDefinitions.map { "--- - \($0.name): \($0.payloadDescription.replacingOccurrences(of: "`", with: ""))" }
        lines.append("---@alias exo.event " + events.map { "\"\($0)\"" }.joined(separator: "|"))
        lines += [
            "",
            "--- The err of a nil, err answer; http.status errors also carry the answer's status, headers, body and json.",
            "---@class exo.Error",
            "---@field code string such as http.timeout",
            "---@field message string",
            "---@field status? integer",
            "---@field headers? table<string, string>",
            "---@field body? string",
            "---@field json? any",
        ]
        lines += providerStubs
        var tables: Set<String> = []
        for function in reference where !isPrivate(function) {
            let parts = function.name.split(separator: ".").dropFirst().map(String.init)
            for depth in 1..<max(1, parts.count) {
                let table = "exo." + parts.prefix(depth).joined(separator: ".")
                if tables.insert(table).inserted { lines += ["", "\(table) = {}"] }
            }
            lines += [
                "",
                "--- \(function.summary)",
                "--- Since \(function.since); contexts: \(function.contexts.map(\.rawValue).joined(separator: ", "))"
                    + (function.capability.map { "; needs capability `\($0)`" } ?? "") + ".",
            ]
            let signature = signatures[function.name]
            if let deprecated = signature?.deprecatedSince { lines.append("---@deprecated since \(deprecated)") }
            for parameter in signature?.parameters ?? [] {
                lines.append("---@param \(parameter.name)\(parameter.optional ? "?" : "") \(parameter.type)")
            }
            for result in signature?.returns ?? [] {
                lines.append("---@return \(result.type)\(result.optional ? "?" : "") \(result.name)")
            }
            let names = (signature?.parameters ?? []).map(\.name).joined(separator: ", ")
            lines.append("function \(function.name)(\(names)) end")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The provider contract's shapes, for the table given to `exo.providers.register`.
    private static let providerStubs = [
        "",
        "--- The provider contract (reference/exo.md, \"Provider contract\"); each function may instead return nil, err.",
        "---@class exo.ProviderInstance",
        "---@field id string",
        "---@field name? string",
        "---@field status string ACTIVE, SHUTOFF, BUILD, ERROR… (Nova's words)",
        "---@field size? string",
        "---@field image? string",
        "---@field addresses? string[]",
        "",
        "---@class exo.ProviderSize",
        "---@field id string",
        "---@field name? string",
        "---@field vcpus? integer",
        "---@field ram_mib? integer",
        "",
        "---@class exo.ProviderImage",
        "---@field id string",
        "---@field name? string",
        "",
        "---@class exo.Provider",
        "---@field id string declared under capabilities.providers",
        "---@field name string shown beside OpenStack clouds",
        "---@field list_instances fun(): exo.ProviderInstance[]",
        "---@field create fun(spec: { name: string, size: string, image: string }): exo.ProviderInstance",
        "---@field delete fun(id: string): boolean",
        "---@field action fun(id: string, name: \"start\"|\"stop\"|\"reboot\"): boolean",
        "---@field sizes fun(): exo.ProviderSize[]",
        "---@field images fun(): exo.ProviderImage[]",
    ]

    private static func isPrivate(_ function: HostFunctionInfo) -> Bool {
        function.name.split(separator: ".").contains { $0.hasPrefix("_") }
    }
}
