/// A value a host function takes or gives, or a field of an event's payload: a name and a type in
/// lua-language-server's notation (`string`, `integer`, `table<string, string>`, `exo.Error`).
public struct HostValue: Sendable, Hashable, Codable {
    /// The parameter's, result's or field's name.
    public let name: String
    /// Its type.
    public let type: String
    /// Whether it may be left out (a parameter) or be absent (a result or a field).
    public let optional: Bool

    /// A value that must be there.
    public static func required(_ name: String, _ type: String) -> HostValue {
        HostValue(name: name, type: type, optional: false)
    }

    /// A value that may be left out or be absent.
    public static func optional(_ name: String, _ type: String) -> HostValue {
        HostValue(name: name, type: type, optional: true)
    }
}

/// What a host function takes and gives: the part of its contract a released version freezes.
public struct HostSignature: Sendable, Hashable, Codable {
    /// Its parameters, in order.
    public let parameters: [HostValue]
    /// Its results, in order.
    public let returns: [HostValue]
    /// The `err.code`s of the `nil, err` answers it gives for expected failures.
    public let errors: [String]
    /// The host API version that deprecated it, if one did.
    public let deprecatedSince: SemanticVersion?

    /// Creates a signature.
    public init(_ parameters: [HostValue], returns: [HostValue] = [], errors: [String] = [], deprecatedSince: SemanticVersion? = nil) {
        self.parameters = parameters
        self.returns = returns
        self.errors = errors
        self.deprecatedSince = deprecatedSince
    }
}

/// One event `exo.on` accepts: when it is sent and the fields of the table its handlers receive.
public struct HostEvent: Sendable, Hashable {
    /// Its name, such as `instance.launched`.
    public let name: String
    /// The host API version that added it.
    public let since: SemanticVersion
    /// The payload's fields.
    public let fields: [HostValue]
    /// When it is sent, and what its fields mean where the names do not say.
    public let summary: String

    /// The payload as the reference shows it: `{ id: string, task_state?: string }: summary`.
    public var payloadDescription: String {
        let shape = "`{ " + fields.map { $0.name + ($0.optional ? "?" : "") + ": " + $0.type }.joined(separator: ", ") + " }`"
        let added = since > SemanticVersion(1, 0, 0) ? ". Emitted since \(since.major).\(since.minor)" : ""
        return shape + ": " + summary + added
    }
}

extension HostAPI {
    /// The signature of every public host function (and of the prelude's), by full name.
    public static let signatures: [String: HostSignature] = {
        let text = HostValue.required("text", "string")
        let failure = HostValue.optional("err", "exo.Error")
        let rows = HostSignature([.optional("filter", "table<string, string>")], returns: [.required("rows", "table<string, string>[]")])
        let registration: (String) -> HostSignature = { shape in HostSignature([.required("spec", shape)]) }
        let log = HostSignature([.required("message", "string"), .optional("fields", "table<string, any>")])
        return [
            "exo.base64.decode": HostSignature([text], returns: [.optional("bytes", "string"), failure], errors: ["base64.invalid"]),
            "exo.base64.encode": HostSignature([.required("bytes", "string")], returns: [text]),
            "exo.clouds.get": rows,
            "exo.config.get": HostSignature([.required("name", "string")], returns: [.optional("value", "any")]),
            "exo.crypto.hmac_sha256": HostSignature(
                [.required("key", "string"), .required("message", "string"), .optional("format", "\"raw\"")], returns: [.required("digest", "string")]),
            "exo.crypto.sha256": HostSignature([.required("bytes", "string"), .optional("format", "\"raw\"")], returns: [.required("digest", "string")]),
            "exo.has": HostSignature([.required("feature", "string")], returns: [.required("offered", "boolean")]),
            "exo.http.request": HostSignature(
                [.required("request", "{ method?: string, url: string, headers?: table<string, string>, body?: string, json?: any, timeout?: number }")],
                returns: [.optional("response", "{ status: integer, headers: table<string, string>, body: string, json?: any }"), failure],
                errors: ["http.failed", "http.refused", "http.status", "http.timeout", "host.timeout"]),
            "exo.i18n.t": HostSignature([.required("msgid", "string"), .optional("arguments", "table<string, string|number>")], returns: [text]),
            "exo.instances.get": rows,
            "exo.json.array": HostSignature([.optional("t", "table")], returns: [.required("t", "table")]),
            "exo.json.decode": HostSignature(
                [.required("json", "string")], returns: [.optional("value", "any"), failure], errors: ["json.invalid", "json.too_deep", "json.too_large"]),
            "exo.json.encode": HostSignature([.required("value", "any")], returns: [.required("json", "string")]),
            "exo.json.object": HostSignature([.optional("t", "table")], returns: [.required("t", "table")]),
            "exo.launch.add_cloud_init_part": registration("{ id: string, content_type: string, render: fun(request: table): string }"),
            "exo.log.debug": log,
            "exo.log.error": log,
            "exo.log.info": log,
            "exo.log.warn": log,
            "exo.on": HostSignature([.required("event", "exo.event"), .required("handler", "fun(payload: table)")]),
            "exo.projects.get": rows,
            "exo.providers.register": registration("exo.Provider"),
            "exo.secrets.get": HostSignature([.required("name", "string")], returns: [.optional("secret", "string"), failure], errors: ["secret.missing"]),
            "exo.store.get": HostSignature([.required("key", "string")], returns: [.optional("value", "any"), failure], errors: ["json.too_deep", "json.too_large"]),
            "exo.store.set": HostSignature(
                [.required("key", "string"), .optional("value", "any")], returns: [.optional("kept", "boolean"), failure],
                errors: ["store.full", "store.key_too_long", "store.not_saved"]),
            "exo.ui.add_action": registration("{ id: string, on: \"instance\", label: string, run: fun(instance: table) }"),
            "exo.ui.add_card": registration("{ id: string, title: string, render: fun(ctx: table): table }"),
            "exo.ui.add_link": registration("{ id: string, label: string, url: string }"),
            "exo.ui.add_page": registration("{ id: string, title: string, render: fun(ctx: table): table }"),
            "exo.ui.set_theme": registration("table<string, string>"),
            "exo.usage.get": rows,
        ]
    }()

    /// Every event `exo.on` accepts, with its payload's fields.
    public static let eventDefinitions: [HostEvent] = {
        let instance: [HostValue] = [
            .required("id", "string"), .required("name", "string"), .required("status", "string"), .required("cloud", "string"),
            .required("project", "string"), .optional("task_state", "string"),
            // Since 1.3: which project (its id; `project` is its name) and when Nova made it.
            .optional("project_id", "string"), .optional("created", "string"),
        ]
        return [
            HostEvent(name: "instance.launched", since: v1_0, fields: instance, summary: "an instance appeared in a project already listed once"),
            HostEvent(
                name: "instance.state_changed", since: v1_0, fields: instance + [.required("previous_status", "string")],
                summary: "its status or task changed"),
            HostEvent(name: "instance.deleted", since: v1_0, fields: instance, summary: "the last state seen before it disappeared"),
            HostEvent(
                name: "session.login", since: v1_2,
                fields: [.required("cloud", "string"), .required("auth_type", "string"), .required("projects", "integer")],
                summary: "a cloud was added and signed in to in the web UI; `auth_type` as clouds.yaml writes it (`password`,"
                    + " `v3applicationcredential`, `token`), `projects` how many projects it can see; never a secret. Not emitted"
                    + " in multi-user mode, where plugins hear of no session's clouds"),
            HostEvent(
                name: "dashboard.rendered", since: v1_2,
                fields: [.required("total", "integer"), .required("statuses", "table<string, integer>"), .required("locale", "string")],
                summary: "the web UI's dashboard was shown; `total` instances, `statuses` each status (`ACTIVE`…) with its count,"
                    + " `locale` the page's language. Sent after the page, never delaying it, and at most once a second: renders"
                    + " in between are not reported. Not emitted in multi-user mode"),
        ]
    }()
}
