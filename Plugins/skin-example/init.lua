-- A skin is data: theme tokens the host turns into CSS custom properties, plus a Help link.
exo.ui.set_theme{
  ["color-primary"] = exo.config.get("primary_color"),
  ["color-on-primary"] = "#ffffff",
  ["brand-name"] = exo.config.get("brand_name"),
  ["logo-path"] = "/plugins/skin-example/logo.svg",
}

exo.ui.add_link{ id = "help", label = "Help", url = exo.config.get("support_url") }
