-- Sending a ticket: Zendesk's Tickets API or a generic JSON webhook.
local base64 = require("support_tickets.base64")

local backends = {}

local function trimmed(url) return (url:gsub("/+$", "")) end

-- Zendesk: POST /api/v2/tickets.json with { ticket = { subject, comment = { body }, priority, tags } };
-- API-token auth is Basic base64("email/token:TOKEN"). 201 answers { ticket = { id, … } }.
function backends.zendesk(ticket, endpoint)
  local token, err = exo.secrets.get("zendesk_token")
  if not token then return nil, err end
  local email = exo.config.get("zendesk_email")
  if email == "" then
    return nil, { code = "support.config", message = "set zendesk_email: Zendesk token auth needs the agent's email" }
  end
  local base = trimmed(endpoint)
  local res, failure = exo.http.request{
    method = "POST",
    url = base .. "/api/v2/tickets.json",
    headers = { Authorization = "Basic " .. base64(email .. "/token:" .. token), Accept = "application/json" },
    json = { ticket = {
      subject = ticket.subject,
      comment = { body = ticket.description },
      priority = ticket.priority,
      tags = ticket.tags,
    } },
  }
  if not res then return nil, failure end
  local id = res.json and res.json.ticket and res.json.ticket.id
  if id == nil then return nil, { code = "support.unexpected", message = "Zendesk answered without a ticket id" } end
  return { id = tostring(id), url = base .. "/agent/tickets/" .. tostring(id) }
end

-- Webhook: POST the whole ticket as JSON. With the webhook_secret set, the body is signed:
-- X-Exosphere-Signature: sha256=<hex HMAC-SHA-256 of the exact body bytes>.
function backends.webhook(ticket, endpoint)
  local body = exo.json.encode{ event = "exosphere.help_requested", ticket = ticket }
  local headers = { ["Content-Type"] = "application/json" }
  local secret = exo.secrets.get("webhook_secret")
  if secret then headers["X-Exosphere-Signature"] = "sha256=" .. exo.crypto.hmac_sha256(secret, body) end
  local res, failure = exo.http.request{ method = "POST", url = endpoint, headers = headers, body = body }
  if not res then return nil, failure end
  local id = res.json and (res.json.id or (res.json.ticket and res.json.ticket.id))
  return { id = id and tostring(id) or nil, status = res.status }
end

--- Files `ticket` through backend `name` at `endpoint`; returns { id, url? } or nil, err.
function backends.file(name, ticket, endpoint)
  local send = backends[name]
  if type(send) ~= "function" or name == "file" then
    return nil, { code = "support.config", message = "unknown backend " .. tostring(name) }
  end
  return send(ticket, endpoint)
end

return backends
