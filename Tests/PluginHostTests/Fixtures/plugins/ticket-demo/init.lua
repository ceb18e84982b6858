exo.ui.add_action{
  id = "get-help",
  on = "instance",
  label = "Get help",
  run = function(instance)
    local res, err = exo.http.request{
      method = "POST",
      url = exo.config.get("endpoint") .. "/tickets",
      headers = { Authorization = "Bearer " .. exo.secrets.get("api_token") },
      json = { subject = "Help with " .. instance.name, priority = exo.config.get("priority") },
    }
    if not res then return nil, err end
    return res.json.id
  end,
}
