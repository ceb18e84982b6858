-- The card's and page's view models.
local usage = require("allocation.usage")

local view = {}

--- A whole number with thousands separators: 12345.6 → "12,346".
function view.number(value)
  local text = string.format("%.0f", value)
  local sign, digits = text:match("^(-?)(%d+)$")
  digits = digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. digits
end

local bars = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" }

--- One block character per burn-down point, from the allocation (█) down to none left (▁).
function view.sparkline(series, allocation)
  local out = {}
  for i, point in ipairs(series) do
    local level = allocation > 0 and math.max(0, point.remaining) / allocation or 0
    out[i] = bars[math.max(1, math.min(8, math.floor(level * 7 + 0.5) + 1))]
  end
  return table.concat(out)
end

local function settings()
  local names = { "allocation_su", "su_per_vcpu_hour", "period_start", "period_end", "warning_percent", "project", "cloud" }
  local values = {}
  for _, name in ipairs(names) do values[name] = exo.config.get(name) end
  return values
end

--- The summary of the usage view's rows for the configured project and cloud.
function view.summary(now)
  local config = settings()
  local filter = {}
  if config.project ~= "" then filter.project = config.project end
  if config.cloud ~= "" then filter.cloud = config.cloud end
  return usage.summarize(exo.usage.get(filter), config, now or os.time()), config
end

local function headline(summary, config)
  local nodes = {
    { type = "stat", label = exo.i18n.t("Service units used"), tone = summary.tone,
      value = exo.i18n.t("{used} of {allocation} ({percent}%)", {
        used = view.number(summary.used), allocation = view.number(config.allocation_su),
        percent = string.format("%.0f", summary.percent) }) },
    { type = "progress", label = exo.i18n.t("Allocation used"), value = math.min(summary.used, config.allocation_su),
      max = math.max(config.allocation_su, 1) },
  }
  if summary.tone ~= "ok" then
    nodes[#nodes + 1] = exo.i18n.t("Warning: {percent}% of the allocation is used (threshold {threshold}%).",
      { percent = string.format("%.0f", summary.percent), threshold = tostring(config.warning_percent) })
  end
  if summary.exhausted_on then
    nodes[#nodes + 1] = exo.i18n.t("At the current rate the allocation runs out on {day}.", { day = summary.exhausted_on })
  end
  return nodes
end

--- The dashboard card.
function view.card(ctx)
  local summary, config = view.summary(ctx and ctx.now)
  return headline(summary, config)
end

--- The page: the card's figures, the burn-down (sparkline and table) and the period.
function view.page(ctx)
  local summary, config = view.summary(ctx and ctx.now)
  local nodes = headline(summary, config)
  nodes[#nodes + 1] = { type = "heading", text = exo.i18n.t("Burn-down") }
  nodes[#nodes + 1] = view.sparkline(summary.series, config.allocation_su)
  local rows = {}
  for i, point in ipairs(summary.series) do rows[i] = { point.day, view.number(point.used), view.number(point.remaining) } end
  nodes[#nodes + 1] = { type = "table", columns = { exo.i18n.t("Day"), exo.i18n.t("Used"), exo.i18n.t("Remaining") }, rows = rows }
  nodes[#nodes + 1] = exo.i18n.t("Period {from} to {to}; {rate} SUs a day on average.", {
    from = config.period_start, to = config.period_end, rate = view.number(summary.rate_per_day) })
  if #summary.series == 1 then nodes[#nodes + 1] = exo.i18n.t("No usage has been reported for this period yet.") end
  return nodes
end

return view
