/// The versioned `exo.*` host API plugins program against.
///
/// Semantic versioning: a minor release may add functions, events, optional arguments and
/// optional result keys; a released signature never changes.
public enum HostAPI {
    /// The host API version this build provides.
    public static let version = SemanticVersion(1, 3, 0)

    /// The events `exo.on` accepts (see ``eventDefinitions``).
    public static var events: [String] { eventDefinitions.map(\.name) }

    /// Every host function, by name.
    static let functions: [HostFunction] =
        coreFunctions + uiFunctions + httpFunctions + dataFunctions + encodingFunctions + providerFunctions + viewFunctions

    /// The rows each read-only view holds (`exo.<view>.get`); every value is a string.
    public static let viewShapes: [(view: String, fields: String)] = [
        ("clouds", "`{ name, region?, auth_url }`: every cloud the instances come from, `region` when the cloud names one; never a credential"),
        ("projects", "`{ id, name, cloud }`"),
        ("instances", "`{ id, name, cloud, project, project_id, status, size?, image?, address?, created? }`: `size` the flavor name, `image` the image id, `address` the floating address if any, else the first, `created` when Nova made it (`2026-11-01T09:30:00Z`); `project_id` and `created` since 1.3"),
        (
            "usage",
            "`{ cloud, project, project_id, period_start, period_end, vcpu_hours, ram_mib_hours }`: one row per project"
                + " and calendar month (UTC) over the last 12 months, the current month up to now, from Nova's usage report;"
                + " times as `2026-11-01T00:00:00Z`, numbers as decimal text (since 1.1; empty in 1.0)"
        ),
    ]

    /// Public descriptions of every host function (and of the prelude's Lua functions), sorted by name.
    public static var reference: [HostFunctionInfo] {
        (functions.map(\.info) + preludeFunctions).sorted { $0.name < $1.name }
    }

    /// Functions the prelude writes in Lua (they work on the caller's own tables).
    static let preludeFunctions = [
        HostFunctionInfo(
            name: "exo.json.array", since: v1_1, contexts: CallContext.allCases, capability: nil,
            summary: "Marks table t (or a new one) to encode as a JSON array, [] when empty; returns t."),
        HostFunctionInfo(
            name: "exo.json.object", since: v1_1, contexts: CallContext.allCases, capability: nil,
            summary: "Marks table t (or a new one) to encode as a JSON object, {} when empty, integer keys as text; returns t."),
    ]

    static let v1_0 = SemanticVersion(1, 0, 0)
    /// Added `exo.base64`, `exo.json.array` and `exo.json.object`.
    static let v1_1 = SemanticVersion(1, 1, 0)
    /// Added the `session.login` and `dashboard.rendered` events.
    static let v1_2 = SemanticVersion(1, 2, 0)
    /// Added `exo.store`, and `created` and `project_id` in the instance events and the instances view.
    static let v1_3 = SemanticVersion(1, 3, 0)
    static let anywhere: Set<CallContext> = Set(CallContext.allCases)
    static let running: Set<CallContext> = [.handler, .render, .provider]
    static let waiting: Set<CallContext> = [.handler, .provider]
}
