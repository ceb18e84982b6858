-- AWS Signature Version 4, in Lua over exo.crypto (sha256, hmac_sha256).
-- Follows "Create a signed AWS API request" in the IAM user guide: canonical request, string to
-- sign over the credential scope, then a signing key derived from the secret by four HMACs.
local sigv4 = {}

--- Percent-encodes everything but the unreserved characters A-Z a-z 0-9 - _ . ~ (upper-case hex).
function sigv4.encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

--- The raw signing key: HMAC chain over the date (YYYYMMDD), region, service and "aws4_request".
function sigv4.signing_key(secret, date, region, service)
  local key = exo.crypto.hmac_sha256("AWS4" .. secret, date, "raw")
  key = exo.crypto.hmac_sha256(key, region, "raw")
  key = exo.crypto.hmac_sha256(key, service, "raw")
  return exo.crypto.hmac_sha256(key, "aws4_request", "raw")
end

local function trim(text) return (tostring(text):gsub("^%s+", ""):gsub("%s+$", ""):gsub("%s+", " ")) end

--- The Authorization header for a request:
--- { method, path, query (already canonical), headers (all of them are signed), body, region,
---   service, access_key, secret_key, amz_date = "YYYYMMDDTHHMMSSZ" }.
function sigv4.authorization(r)
  local values, names = {}, {}
  for name, value in pairs(r.headers) do
    local lower = name:lower()
    values[lower] = trim(value)
    names[#names + 1] = lower
  end
  table.sort(names)
  local lines = {}
  for i, name in ipairs(names) do lines[i] = name .. ":" .. values[name] .. "\n" end
  local signed = table.concat(names, ";")
  local canonical = table.concat({
    r.method, r.path, r.query or "", table.concat(lines), signed, exo.crypto.sha256(r.body or ""),
  }, "\n")
  local date = r.amz_date:sub(1, 8)
  local scope = date .. "/" .. r.region .. "/" .. r.service .. "/aws4_request"
  local to_sign = table.concat({ "AWS4-HMAC-SHA256", r.amz_date, scope, exo.crypto.sha256(canonical) }, "\n")
  local signature = exo.crypto.hmac_sha256(sigv4.signing_key(r.secret_key, date, r.region, r.service), to_sign)
  return "AWS4-HMAC-SHA256 Credential=" .. r.access_key .. "/" .. scope .. ", SignedHeaders=" .. signed
    .. ", Signature=" .. signature
end

return sigv4
