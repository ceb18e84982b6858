-- Service units against an allocation, from usage rows { period_start, period_end, vcpu_hours, … }.
local dates = require("allocation.dates")

local usage = {}

local day = 86400

-- Share of [start, stop) inside [from, to); usage is assumed even within a row's period.
local function share(start, stop, from, to)
  if stop <= start then return (start >= from and start < to) and 1 or 0 end
  return math.max(0, math.min(stop, to) - math.max(start, from)) / (stop - start)
end

--- Sums SUs over the allocation period.
--- settings: { allocation_su, su_per_vcpu_hour, period_start, period_end, warning_percent };
--- now: seconds since the epoch. Returns { used, remaining, percent, tone, series, rate_per_day,
--- exhausted_on, skipped }, where series is a list of { day, used, remaining } (the burn-down).
function usage.summarize(rows, settings, now)
  local from = dates.parse(settings.period_start)
  local to = dates.parse(settings.period_end)
  if not from or not to or to < from then error("period_start and period_end must be dates, start first", 2) end
  to = to + day
  local points, skipped = {}, 0
  for _, row in ipairs(rows) do
    local start, stop, hours = dates.parse(row.period_start), dates.parse(row.period_end), tonumber(row.vcpu_hours)
    if start and stop and hours then
      local su = hours * share(start, stop, from, to) * settings.su_per_vcpu_hour
      if su > 0 then points[#points + 1] = { at = math.min(stop, to), su = su } end
    else
      skipped = skipped + 1
    end
  end
  table.sort(points, function(a, b) return a.at < b.at end)
  local allocation = settings.allocation_su
  local series, used = { { day = dates.day(from), used = 0, remaining = allocation } }, 0
  for _, point in ipairs(points) do
    used = used + point.su
    local label = dates.day(point.at - 1)
    if series[#series].day == label then table.remove(series) end
    series[#series + 1] = { day = label, used = used, remaining = allocation - used }
  end
  local percent = allocation > 0 and used / allocation * 100 or (used > 0 and 100 or 0)
  local elapsed_days = math.max(1, (math.min(math.max(now, from), to) - from) / day)
  local rate = used / elapsed_days
  local summary = {
    used = used, remaining = allocation - used, percent = percent, series = series, skipped = skipped,
    rate_per_day = rate,
    tone = (percent >= 100 and "danger") or (percent >= settings.warning_percent and "warning") or "ok",
  }
  if rate > 0 and used < allocation then
    local exhausted = math.max(now, from) + (allocation - used) / rate * day
    if exhausted < to then summary.exhausted_on = dates.day(exhausted) end
  end
  return summary
end

return usage
