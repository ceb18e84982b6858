-- "Get help" on an instance: files a ticket with the instance and its recent errors attached.
-- Errors are remembered from instance.state_changed events (the host keeps no error history).
local context = require("support_tickets.context")
local backends = require("support_tickets.backends")

exo.on("instance.state_changed", context.remember)

exo.ui.add_action{
  id = "get-help",
  on = "instance",
  label = "Get help",
  run = function(instance)
    local ticket = context.ticket(instance, exo.config.get("recent_errors"))
    return backends.file(exo.config.get("backend"), ticket, exo.config.get("endpoint"))
  end,
}
