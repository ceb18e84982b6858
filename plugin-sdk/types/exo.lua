---@meta
-- Generated from the Exosphere host API registry (host API 1.2.0); do not edit by hand.
error("exo.lua holds type stubs for lua-language-server; plugins get exo from the host, not by require")

---@class exo
---@field api { major: integer, minor: integer, patch: integer }
exo = {}

--- Events for exo.on; each handler receives one table:
--- - instance.launched: { id, name, status, cloud, project, task_state? }: an instance appeared in a project already listed once
--- - instance.state_changed: { id, name, status, cloud, project, task_state?, previous_status }: its status or task changed
--- - instance.deleted: { id, name, status, cloud, project, task_state? }: the last state seen before it disappeared
--- - session.login: { cloud, auth_type, projects }: a cloud was added and signed in to in the web UI; auth_type as clouds.yaml writes it (password, v3applicationcredential, token), projects how many projects it can see (an integer); never a secret. Not emitted in multi-user mode, where plugins hear of no session's clouds. Emitted since 1.2
--- - dashboard.rendered: { total, statuses, locale }: the web UI's dashboard was shown; total instances (an integer), statuses a table from each status (ACTIVE…) to its count, locale the page's language. Sent after the page, never delaying it, and at most once a second: renders in between are not reported. Not emitted in multi-user mode. Emitted since 1.2
---@alias exo.event "instance.launched"|"instance.state_changed"|"instance.deleted"|"session.login"|"dashboard.rendered"

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
---@param ... any
---@return any
function exo.base64.decode(...) end

--- Base64 (RFC 4648, padded) of a string's bytes.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.base64.encode(...) end

exo.clouds = {}

--- Read-only list of clouds, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param ... any
---@return any
function exo.clouds.get(...) end

exo.config = {}

--- The value of a setting from the config schema.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.config.get(...) end

exo.crypto = {}

--- HMAC-SHA-256 of message with key, as hex (or raw bytes with "raw").
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.crypto.hmac_sha256(...) end

--- SHA-256 of a string, as hex (or raw bytes with "raw").
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.crypto.sha256(...) end

--- Whether the host offers a feature (a host function name such as "http.request", or "providers").
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.has(...) end

exo.http = {}

--- Sends { method, url, headers, body | json, timeout } to an allowed origin; returns { status, headers, body, json } or nil, err. Redirects are not followed (a 3xx comes back as it is).
--- Since 1.0.0; contexts: handler, provider; needs capability `http`.
---@param ... any
---@return any
function exo.http.request(...) end

exo.i18n = {}

--- Translates a msgid from the plugin's locales/ and fills {placeholders}.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.i18n.t(...) end

exo.instances = {}

--- Read-only list of instances, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param ... any
---@return any
function exo.instances.get(...) end

exo.json = {}

--- Marks table t (or a new one) to encode as a JSON array, [] when empty; returns t.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.json.array(...) end

--- Decodes JSON text; returns value or nil, err.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.json.decode(...) end

--- Encodes a value as JSON text.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.json.encode(...) end

--- Marks table t (or a new one) to encode as a JSON object, {} when empty, integer keys as text; returns t.
--- Since 1.1.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.json.object(...) end

exo.launch = {}

--- Adds a cloud-init part: { id, content_type, render(request) -> text }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param ... any
---@return any
function exo.launch.add_cloud_init_part(...) end

exo.log = {}

--- Logs a message (with optional fields) at debug.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.log.debug(...) end

--- Logs a message (with optional fields) at error.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.log.error(...) end

--- Logs a message (with optional fields) at info.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.log.info(...) end

--- Logs a message (with optional fields) at warn.
--- Since 1.0.0; contexts: load, handler, render, provider.
---@param ... any
---@return any
function exo.log.warn(...) end

--- Registers fn(payload) for a host event such as instance.launched.
--- Since 1.0.0; contexts: load.
---@param ... any
---@return any
function exo.on(...) end

exo.projects = {}

--- Read-only list of projects, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param ... any
---@return any
function exo.projects.get(...) end

exo.providers = {}

--- Registers a non-OpenStack provider: { id, name, list_instances, create, delete, action, sizes, images }.
--- Since 1.0.0; contexts: load; needs capability `providers`.
---@param ... any
---@return any
function exo.providers.register(...) end

exo.secrets = {}

--- A secret declared under capabilities.secrets; nil, err when unset.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `secrets`.
---@param ... any
---@return any
function exo.secrets.get(...) end

exo.ui = {}

--- Adds an instance menu action: { id, on = "instance", label, run(instance) }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param ... any
---@return any
function exo.ui.add_action(...) end

--- Adds a dashboard card: { id, title, render(ctx) -> view }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param ... any
---@return any
function exo.ui.add_card(...) end

--- Adds a top-bar link: { id, label, url }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param ... any
---@return any
function exo.ui.add_link(...) end

--- Adds a page: { id, title, render(ctx) -> view }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param ... any
---@return any
function exo.ui.add_page(...) end

--- Sets theme tokens: { ["color-primary"] = "#0b5" … }.
--- Since 1.0.0; contexts: load; needs capability `ui`.
---@param ... any
---@return any
function exo.ui.set_theme(...) end

exo.usage = {}

--- Read-only list of usage, each a table of strings; an optional filter table keeps rows whose fields are equal.
--- Since 1.0.0; contexts: handler, render, provider; needs capability `views`.
---@param ... any
---@return any
function exo.usage.get(...) end
