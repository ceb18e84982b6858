---@meta
-- Generated from the Exosphere host API registry (host API 1.3.0); do not edit by hand.
error("exo.lua holds type stubs for lua-language-server; plugins get exo from the host, not by require")

---@class exo
---@field api { major: integer, minor: integer, patch: integer }
exo = {}

--- Events for exo.on; each handler receives one table:
--- - instance.launched: { id: string, name: string, status: string, cloud: string, project: string, task_state?: string, project_id?: string, created?: string }: an instance appeared in a project already listed once
--- - instance.state_changed: { id: string, name: string, status: string, cloud: string, project: string, task_state?: string, project_id?: string, created?: string, previous_status: string }: its status or task changed
--- - instance.deleted: { id: string, name: string, status: string, cloud: string, project: string, task_state?: string, project_id?: string, created?: string }: the last state seen before it disappeared
--- - session.login: { cloud: string, auth_type: string, projects: integer }: a cloud was added and signed in to in the web UI; auth_type as clouds.yaml writes it (password, v3applicationcredential, token), projects how many projects it can see; never a secret. Not emitted in multi-user mode, where plugins hear of no session's clouds. Emitted since 1.2
--- - dashboard.rendered: { total: integer, statuses: table<string, integer>, locale: string }: the web UI's dashboard was shown; total instances, statuses each status (ACTIVE…) with its count, locale the page's language. Sent after the page, never delaying it, and at most once a second: renders in between are not reported. Not emitted in multi-user mode. Emitted since 1.2
---@alias exo.event "instance.launched"|"instance.state_changed"|"instance.deleted"|"session.login"|"dashboard.rendered"

--- The err of a nil, err answer; http.status errors also carry the answer's status, headers, body and json.
---@class exo.Error
---@field code string such as http.timeout
---@field message string
---@field status? integer
---@field headers? table<string, string>
---@field body? string
---@field json? any

--- The provider contract (reference/exo.md, "Provider contract"); each function may instead return nil, err.
---@class exo.ProviderInstance
---@field id string
---@field name? string
---@field status string ACTIVE, SHUTOFF, BUILD, ERROR… (Nova's words)
---@field size? string
---@field image? string
---@field addresses? string[]

---@class exo.ProviderSize
---@field id string
---@field name? string
---@field vcpus? integer
---@field ram_mib? integer

---@class exo.ProviderImage
---@field id string
---@field name? string

---@class exo.Provider
---@field id string declared under capabilities.providers
---@field name string shown beside OpenStack clouds
---@field list_instances fun(): exo.ProviderInstance[]
---@field create fun(spec: { name: string, size: string, image: string }): exo.ProviderInstance
---@field delete fun(id: string): boolean
---@field action fun(id: string, name: "start"|"stop"|"reboot"): boolean
---@field sizes fun(): exo.ProviderSize[]
---@field images fun(): exo.ProviderImage[]

exo.base64 = {}

--- The bytes of Base64 text (padded, whitespace ignored); nil, err when it is not Base64.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param text string
---@return string? bytes
---@return exo.Error? err
function exo.base64.decode(text) end

--- Base64 (RFC 4648, padded) of a string's bytes.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param bytes string
---@return string text
function exo.base64.encode(bytes) end

exo.clouds = {}

--- Read-only list of clouds, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param filter? table<string, string>
---@return table<string, string>[] rows
function exo.clouds.get(filter) end

exo.config = {}

--- The value of a setting from the config schema.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param name string
---@return any? value
function exo.config.get(name) end

exo.crypto = {}

--- HMAC-SHA-256 of message with key, as hex (or raw bytes with "raw").
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param key string
---@param message string
---@param format? "raw"
---@return string digest
function exo.crypto.hmac_sha256(key, message, format) end

--- SHA-256 of a string, as hex (or raw bytes with "raw").
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param bytes string
---@param format? "raw"
---@return string digest
function exo.crypto.sha256(bytes, format) end

--- Whether the host offers a feature (a host function name such as "http.request", or "providers").
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param feature string
---@return boolean offered
function exo.has(feature) end

exo.http = {}

--- Sends { method, url, headers, body | json, timeout } to an allowed origin; returns { status, headers, body, json } or nil, err. Redirects are not followed (a 3xx comes back as it is).
--- Since 1.0.0; contexts: handler, provider; needs capability `http`.
---@param request { method?: string, url: string, headers?: table<string, string>, body?: string, json?: any, timeout?: number }
---@return { status: integer, headers: table<string, string>, body: string, json?: any }? response
---@return exo.Error? err
function exo.http.request(request) end

exo.i18n = {}

--- Translates a msgid from the plugin's locales/ and fills {placeholders}.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param msgid string
---@param arguments? table<string, string|number>
---@return string text
function exo.i18n.t(msgid, arguments) end

exo.instances = {}

--- Read-only list of instances, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param filter? table<string, string>
---@return table<string, string>[] rows
function exo.instances.get(filter) end

exo.json = {}

--- Marks table t (or a new one) to encode as a JSON array, [] when empty; returns t.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param t? table
---@return table t
function exo.json.array(t) end

--- Decodes JSON text; returns value or nil, err.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param json string
---@return any? value
---@return exo.Error? err
function exo.json.decode(json) end

--- Encodes a value as JSON text.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param value any
---@return string json
function exo.json.encode(value) end

--- Marks table t (or a new one) to encode as a JSON object, {} when empty, integer keys as text; returns t.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param t? table
---@return table t
function exo.json.object(t) end

exo.launch = {}

--- Adds a cloud-init part: { id, content_type, render(request) -> text }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param spec { id: string, content_type: string, render: fun(request: table): string }
function exo.launch.add_cloud_init_part(spec) end

exo.log = {}

--- Logs a message (with optional fields) at debug.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param message string
---@param fields? table<string, any>
function exo.log.debug(message, fields) end

--- Logs a message (with optional fields) at error.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param message string
---@param fields? table<string, any>
function exo.log.error(message, fields) end

--- Logs a message (with optional fields) at info.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param message string
---@param fields? table<string, any>
function exo.log.info(message, fields) end

--- Logs a message (with optional fields) at warn.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param message string
---@param fields? table<string, any>
function exo.log.warn(message, fields) end

--- Registers fn(payload) for a host event such as instance.launched.
--- Since 1.0.0; contexts: load.
---@param event exo.event
---@param handler fun(payload: table)
function exo.on(event, handler) end

exo.projects = {}

--- Read-only list of projects, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param filter? table<string, string>
---@return table<string, string>[] rows
function exo.projects.get(filter) end

exo.providers = {}

--- Registers a non-OpenStack provider: { id, name, list_instances, create, delete, action, sizes, images }.
--- Since 1.0.0; contexts: load; needs capability `providers`.
---@param spec exo.Provider
function exo.providers.register(spec) end

exo.secrets = {}

--- A secret declared under capabilities.secrets; nil, err when unset.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `secrets`.
---@param name string
---@return string? secret
---@return exo.Error? err
function exo.secrets.get(name) end

exo.store = {}

--- The value kept under key in the plugin's own store (it survives restarts), or nil.
--- Since 1.3.0; contexts: load, handler, render, provider.
---@param key string
---@return any? value
---@return exo.Error? err
function exo.store.get(key) end

--- Keeps a JSON-encodable value under key in the plugin's own store (nil removes it); true, or nil, err when the store (1 MiB) is full.
--- Since 1.3.0; contexts: load, handler, provider.
---@param key string
---@param value? any
---@return boolean? kept
---@return exo.Error? err
function exo.store.set(key, value) end

exo.ui = {}

--- Adds an instance menu action: { id, on = "instance", label, run(instance) }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param spec { id: string, on: "instance", label: string, run: fun(instance: table) }
function exo.ui.add_action(spec) end

--- Adds a dashboard card: { id, title, render(ctx) -> view }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param spec { id: string, title: string, render: fun(ctx: table): table }
function exo.ui.add_card(spec) end

--- Adds a top-bar link: { id, label, url }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param spec { id: string, label: string, url: string }
function exo.ui.add_link(spec) end

--- Adds a page: { id, title, render(ctx) -> view }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param spec { id: string, title: string, render: fun(ctx: table): table }
function exo.ui.add_page(spec) end

--- Sets theme tokens: { ["color-primary"] = "#0b5" … }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param spec table<string, string>
function exo.ui.set_theme(spec) end

exo.usage = {}

--- Read-only list of usage, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param filter? table<string, string>
---@return table<string, string>[] rows
function exo.usage.get(filter) end
