-- The EC2 Query API: form-encoded POSTs signed with SigV4, answered in XML.
local sigv4 = require("ec2.sigv4")
local xml = require("ec2.xml")

local client = {}

-- The Query API version every action here is documented under (EC2 API reference, "Making requests").
client.api_version = "2016-11-15"

--- The form body for `action` and `params` (a map of already-flattened Query parameters), sorted.
function client.form(action, params)
  local fields = { Action = action, Version = client.api_version }
  for key, value in pairs(params or {}) do fields[key] = tostring(value) end
  local keys = {}
  for key in pairs(fields) do keys[#keys + 1] = key end
  table.sort(keys)
  local pairs_out = {}
  for i, key in ipairs(keys) do pairs_out[i] = sigv4.encode(key) .. "=" .. sigv4.encode(fields[key]) end
  return table.concat(pairs_out, "&")
end

--- Adds `values` as EC2 list parameters `prefix.1`, `prefix.2`, … to `params`.
function client.list(params, prefix, values)
  for i, value in ipairs(values or {}) do params[prefix .. "." .. i] = value end
  return params
end

local function failure(res_err)
  local root = res_err.body and xml.parse(res_err.body)
  local error_node = root and xml.child(xml.child(root, "Errors"), "Error")
  if error_node then
    return { code = "ec2." .. (xml.text(error_node, "Code") or "Unknown"), message = xml.text(error_node, "Message") or "",
      status = res_err.status }
  end
  return res_err
end

--- Calls `action` with `params`; returns the parsed XML root or nil, err ({ code = "ec2.<Code>", message }).
--- `now` (seconds since the epoch, UTC) defaults to the current time.
function client.call(action, params, now)
  local endpoint = exo.config.get("endpoint")
  local scheme, authority, path = endpoint:match("^(https?)://([^/]+)(.*)$")
  if not scheme then return nil, { code = "ec2.config", message = "endpoint is not an http(s) URL" } end
  if path == "" then path = "/" end
  local access_key, err = exo.secrets.get("access_key_id")
  if not access_key then return nil, err end
  local secret_key, secret_err = exo.secrets.get("secret_access_key")
  if not secret_key then return nil, secret_err end
  local body = client.form(action, params)
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
    ["X-Amz-Date"] = os.date("!%Y%m%dT%H%M%SZ", now or os.time()),
  }
  local signed = { Host = authority }
  for name, value in pairs(headers) do signed[name] = value end
  headers.Authorization = sigv4.authorization{
    method = "POST", path = path, query = "", headers = signed, body = body,
    region = exo.config.get("region"), service = "ec2",
    access_key = access_key, secret_key = secret_key, amz_date = headers["X-Amz-Date"],
  }
  local res, res_err = exo.http.request{ method = "POST", url = scheme .. "://" .. authority .. path, headers = headers, body = body }
  if not res then return nil, failure(res_err) end
  local root, problem = xml.parse(res.body)
  if not root then return nil, { code = "ec2.invalid_answer", message = action .. ": " .. problem } end
  return root
end

return client
