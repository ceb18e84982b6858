local instances = {}
local next_id = 1

exo.providers.register{
  id = "memory",
  name = "In-memory cloud",
  list_instances = function() return instances end,
  create = function(spec)
    local instance = { id = tostring(next_id), name = spec.name, status = "ACTIVE", size = spec.size, image = spec.image }
    next_id = next_id + 1
    instances[#instances + 1] = instance
    return instance
  end,
  delete = function(id)
    for i, instance in ipairs(instances) do
      if instance.id == id then table.remove(instances, i) return true end
    end
    return nil, { code = "provider.not_found", message = "no instance " .. id }
  end,
  action = function(id, name)
    for _, instance in ipairs(instances) do
      if instance.id == id then instance.status = (name == "stop") and "SHUTOFF" or "ACTIVE" return true end
    end
    return nil, { code = "provider.not_found", message = "no instance " .. id }
  end,
  sizes = function() return { { id = "small", name = "Small", vcpus = 1, ram_mib = 2048 } } end,
  images = function() return { { id = "ubuntu", name = "Ubuntu 24.04" } } end,
}
