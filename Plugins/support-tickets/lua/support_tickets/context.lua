-- What a ticket says: a subject, a plain-text description and the structured context behind it.
local context = {}

-- Recent errors per instance id, newest last; bounded so a flapping instance cannot grow memory.
local errors_by_instance = {}
local kept_per_instance = 20

local instance_fields = { "id", "name", "cloud", "project", "status", "size", "image", "address" }

--- instance.state_changed handler: keeps errors (ERROR status or a fault message) of each instance.
function context.remember(payload)
  if type(payload) ~= "table" or payload.id == nil then return end
  local fault = payload.fault or payload.error
  if payload.status ~= "ERROR" and fault == nil then return end
  local list = errors_by_instance[payload.id] or {}
  list[#list + 1] = {
    at = payload.at or os.date("!%Y-%m-%dT%H:%M:%SZ"),
    status = payload.status,
    message = fault or ("the instance went to " .. tostring(payload.status)),
  }
  if #list > kept_per_instance then table.remove(list, 1) end
  errors_by_instance[payload.id] = list
end

--- The last `count` errors remembered for the instance `id`, oldest first.
function context.recent_errors(id, count)
  local list = errors_by_instance[id] or {}
  local recent = {}
  for i = math.max(1, #list - count + 1), #list do recent[#recent + 1] = list[i] end
  return recent
end

local function describe(instance, errors)
  local lines = { exo.i18n.t("Help requested from Exosphere for instance {name}.", { name = instance.name or "?" }), "" }
  for _, field in ipairs(instance_fields) do
    if instance[field] ~= nil then lines[#lines + 1] = field .. ": " .. tostring(instance[field]) end
  end
  lines[#lines + 1] = ""
  if #errors == 0 then
    lines[#lines + 1] = exo.i18n.t("No recent errors recorded.")
  else
    lines[#lines + 1] = exo.i18n.t("Recent errors:")
    for _, item in ipairs(errors) do lines[#lines + 1] = "- " .. item.at .. " " .. item.message end
  end
  return table.concat(lines, "\n")
end

--- The ticket for `instance` (the host's instance view) with up to `count` recent errors.
function context.ticket(instance, count)
  if type(instance) ~= "table" then error("get-help needs the instance view, got " .. type(instance), 2) end
  local facts = {}
  for _, field in ipairs(instance_fields) do facts[field] = instance[field] end
  local errors = context.recent_errors(instance.id, count)
  return {
    subject = exo.i18n.t("Help with instance {name}", { name = instance.name or instance.id or "?" }),
    description = describe(instance, errors),
    priority = exo.config.get("priority"),
    tags = exo.config.get("tags"),
    instance = facts,
    recent_errors = errors,
  }
end

return context
