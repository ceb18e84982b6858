-- Runs once when the plugin loads: register things here, do no I/O.
exo.ui.add_card{
  id = "hello",
  title = "Hello",
  render = function(ctx)
    local name = (ctx and ctx.user) or "researcher"
    return {
      { type = "heading", text = exo.config.get("greeting") .. ", " .. name },
      { type = "text", text = "This card comes from the template plugin." },
    }
  end,
}
