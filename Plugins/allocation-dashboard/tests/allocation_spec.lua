local usage = require("allocation.usage")
local dates = require("allocation.dates")
local view = require("allocation.view")

local settings = {
  allocation_su = 10000, su_per_vcpu_hour = 2, period_start = "2026-01-01", period_end = "2026-12-31", warning_percent = 80,
}
local july = dates.parse("2026-07-02T12:00:00Z")

local function month(m, hours)
  return { cloud = "js2", project = "bio101", period_start = string.format("2026-%02d-01T00:00:00", m),
    period_end = string.format("2026-%02d-01T00:00:00", m + 1), vcpu_hours = tostring(hours) }
end

describe("dates", function()
  it("reads dates and timestamps as UTC", function()
    expect(dates.parse("1970-01-02")).to_equal(86400)
    expect(dates.parse("2026-03-01T06:30:00Z") - dates.parse("2026-02-28")).to_equal(86400 + 6 * 3600 + 30 * 60)
    expect(dates.day(dates.parse("2024-02-29T23:59:59"))).to_equal("2024-02-29")
    expect(dates.parse("yesterday")).to_equal(nil)
  end)
end)

describe("service units", function()
  it("charges vCPU-hours times the SU rate", function()
    local summary = usage.summarize({ month(1, 500), month(2, 1000) }, settings, july)
    expect(summary.used).to_equal(3000)
    expect(summary.remaining).to_equal(7000)
    expect(summary.tone).to_equal("ok")
  end)

  it("counts only the part of a row inside the period", function()
    local row = { period_start = "2025-12-31", period_end = "2026-01-02", vcpu_hours = "100" }
    expect(usage.summarize({ row }, settings, july).used).to_equal(100)
  end)

  it("builds a burn-down series from the period start", function()
    local summary = usage.summarize({ month(2, 1000), month(1, 500) }, settings, july)
    expect(summary.series).to_equal({
      { day = "2026-01-01", used = 0, remaining = 10000 },
      { day = "2026-01-31", used = 1000, remaining = 9000 },
      { day = "2026-02-28", used = 3000, remaining = 7000 },
    })
  end)

  it("warns at the threshold and turns danger when exhausted", function()
    expect(usage.summarize({ month(1, 4000) }, settings, july).tone).to_equal("warning")
    expect(usage.summarize({ month(1, 5000) }, settings, july).tone).to_equal("danger")
  end)

  it("projects when the allocation runs out at the current rate", function()
    local summary = usage.summarize({ month(1, 3000) }, settings, dates.parse("2026-01-31"))
    expect(summary.exhausted_on).to_equal("2026-02-20")
    expect(usage.summarize({ month(1, 10) }, settings, july).exhausted_on).to_equal(nil)
  end)

  it("skips rows it cannot read and says how many", function()
    local summary = usage.summarize({ { period_start = "soon", vcpu_hours = "5" }, month(1, 1) }, settings, july)
    expect(summary.skipped).to_equal(1)
    expect(summary.used).to_equal(2)
  end)

  it("refuses a period that ends before it starts", function()
    local backwards = { allocation_su = 1, su_per_vcpu_hour = 1, period_start = "2026-12-31", period_end = "2026-01-01", warning_percent = 80 }
    expect(function() usage.summarize({}, backwards, july) end).to_fail_with("start first")
  end)
end)

describe("views", function()
  it("formats numbers with thousands separators", function()
    expect(view.number(1234567.6)).to_equal("1,234,568")
    expect(view.number(999)).to_equal("999")
    expect(view.number(-1500)).to_equal("-1,500")
  end)

  it("draws the burn-down as a sparkline", function()
    local series = { { remaining = 100 }, { remaining = 50 }, { remaining = 0 }, { remaining = -10 } }
    expect(view.sparkline(series, 100)).to_equal("█▅▁▁")
  end)

  it("renders the card from the usage view (empty in plugin test)", function()
    local card = host.render_card("allocation", { now = july })
    expect(card[1]).to_equal({ type = "stat", label = "Service units used", value = "0 of 10,000 (0%)", tone = "ok" })
    expect(card[2].max).to_equal(10000)
  end)

  it("renders the page with the burn-down table and says no usage was reported", function()
    local page = host.render_page("allocation", { now = july })
    expect(page[3]).to_equal({ type = "heading", text = "Burn-down" })
    expect(page[5].rows).to_equal({ { "2026-01-01", "0", "10,000" } })
    expect(page[7]).to_equal("No usage has been reported for this period yet.")
  end)
end)
