-- UTC dates without os.time (which reads local time): days from the civil calendar.
local dates = {}

-- Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
local function days_from_civil(y, m, d)
  y = (m <= 2) and (y - 1) or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + ((m > 2) and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

--- Seconds since the epoch (UTC) of "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[.fff][Z]"; nil when unreadable.
function dates.parse(text)
  if type(text) ~= "string" then return nil end
  local y, m, d = text:match("^(%d%d%d%d)-(%d%d)-(%d%d)")
  if not y then return nil end
  local hh, mm, ss = text:match("^%d%d%d%d%-%d%d%-%d%d[T ](%d%d):(%d%d):(%d%d)")
  return days_from_civil(tonumber(y), tonumber(m), tonumber(d)) * 86400
    + (tonumber(hh) or 0) * 3600 + (tonumber(mm) or 0) * 60 + (tonumber(ss) or 0)
end

--- "YYYY-MM-DD" of seconds since the epoch (UTC).
function dates.day(seconds) return os.date("!%Y-%m-%d", math.floor(seconds)) end

return dates
