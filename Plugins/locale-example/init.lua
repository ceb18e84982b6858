-- Labels are msgids; exo.i18n.t translates them from this plugin's own locales/ folder.
exo.ui.add_card{
  id = "welcome",
  title = "Welcome",
  render = function(ctx)
    local name = (ctx and ctx.user) or "researcher"
    return {
      { type = "heading", text = exo.i18n.t("Welcome, {name}!", { name = name }) },
      { type = "text", text = exo.i18n.t("Your instances are listed below.") },
    }
  end,
}
