-- The card and page from a filled usage view (tests/fixtures/usage_view/views.yaml).
local dates = require("allocation.dates")

local march = dates.parse("2026-03-01T00:00:00Z")

describe("with usage reported", function()
  it("the view holds the host's rows, numbers as text", function()
    local rows = exo.usage.get({ project = "bio101" })
    expect(#rows).to_equal(2)
    expect(rows[1].vcpu_hours == "1500" or rows[1].vcpu_hours == "1000.5").to_be_truthy()
  end)

  it("the card charges every vCPU-hour at the SU rate", function()
    local card = host.render_card("allocation", { now = march })
    expect(card[1]).to_equal({ type = "stat", label = "Service units used", value = "5,001 of 10,000 (50%)", tone = "ok" })
  end)

  it("the page's burn-down has a point at the end of each month", function()
    local page = host.render_page("allocation", { now = march })
    local table_node
    for _, node in ipairs(page) do if type(node) == "table" and node.type == "table" then table_node = node end end
    expect(table_node.rows).to_equal({
      { "2026-01-01", "0", "10,000" }, { "2026-01-31", "3,000", "7,000" }, { "2026-02-28", "5,001", "4,999" },
    })
  end)
end)
