local helper = require("helper")

seen = {}

exo.on("instance.launched", function(instance)
  seen[#seen + 1] = instance.name
end)

exo.ui.add_card{
  id = "greeting",
  title = "Greeting",
  render = function(ctx)
    return {
      { type = "heading", text = helper.shout(exo.config.get("greeting")) },
      { type = "stat", label = "Limit", value = exo.config.get("limit") },
    }
  end,
}

exo.ui.add_action{
  id = "ping",
  on = "instance",
  label = "Ping",
  run = function(instance)
    local res, err = exo.http.request{ url = "https://allowed.example.org/ping/" .. instance.id }
    if not res then return err.code end
    return res.json.answer
  end,
}

exo.ui.add_link{ id = "docs", label = "Docs", url = "https://docs.example.org" }
exo.ui.set_theme{ ["color-primary"] = "#0b5394" }
