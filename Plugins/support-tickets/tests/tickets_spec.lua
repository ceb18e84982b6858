-- One spec file: every spec file replays all of tests/fixtures in order.
local context = require("support_tickets.context")
local backends = require("support_tickets.backends")
local base64 = require("support_tickets.base64")

local web1 = { id = "i-1", name = "web-1", cloud = "js2", project = "bio101", status = "ACTIVE", size = "m3.small" }

describe("ticket context", function()
  it("carries the instance and says when there were no errors", function()
    local ticket = context.ticket(web1, 5)
    expect(ticket.subject).to_equal("Help with instance web-1")
    expect(ticket.priority).to_equal("high")
    expect(ticket.tags).to_equal({ "exosphere" })
    expect(ticket.instance.project).to_equal("bio101")
    expect(ticket.description).to_contain("size: m3.small")
    expect(ticket.description).to_contain("No recent errors recorded.")
  end)

  it("attaches the latest errors from state changes, oldest first", function()
    host.emit("instance.state_changed", { id = "i-1", status = "ACTIVE" })
    for n = 1, 3 do
      host.emit("instance.state_changed", { id = "i-1", status = "ERROR", fault = "fault " .. n, at = "2026-11-2" .. n })
    end
    host.emit("instance.state_changed", { id = "i-2", status = "ERROR", fault = "other instance" })
    local ticket = context.ticket(web1, 2)
    expect(#ticket.recent_errors).to_equal(2)
    expect(ticket.recent_errors[1].message).to_equal("fault 2")
    expect(ticket.description).to_contain("- 2026-11-23 fault 3")
  end)

  it("refuses to run without an instance", function()
    expect(function() host.run_action("get-help", nil) end).to_fail_with("needs the instance view")
  end)
end)

describe("filing", function()
  it("files a Zendesk ticket through the action and links to it", function()
    local result = host.run_action("get-help", web1)
    expect(result).to_equal({ id = "35436", url = "https://example.zendesk.com/agent/tickets/35436" })
  end)

  it("posts to a webhook and returns its id", function()
    local result = backends.webhook(context.ticket(web1, 5), "https://example.zendesk.com/hooks/exosphere")
    expect(result).to_equal({ id = "hook-7", status = 202 })
  end)

  it("returns the API's refusal as nil, err", function()
    local result, err = host.run_action("get-help", web1)
    expect(result).to_equal(nil)
    expect(err.code).to_equal("http.status")
    expect(err.message).to_contain("answered 422")
  end)

  it("refuses an unknown backend without sending anything", function()
    local result, err = backends.file("fax", context.ticket(web1, 5), "https://example.zendesk.com")
    expect(result).to_equal(nil)
    expect(err.message).to_contain("unknown backend fax")
  end)

  it("cannot reach origins other than the configured endpoint", function()
    expect(function() exo.http.request{ url = "https://evil.example.org/" } end).to_fail_with("is not in capability http")
  end)
end)

describe("base64", function()
  it("encodes RFC 4648 test vectors", function()
    local vectors = { [""] = "", f = "Zg==", fo = "Zm8=", foo = "Zm9v", foob = "Zm9vYg==", fooba = "Zm9vYmE=", foobar = "Zm9vYmFy" }
    for input, output in pairs(vectors) do expect(base64(input)).to_equal(output) end
  end)
end)
