-- A non-OpenStack provider: instances on an EC2-compatible API, signed with SigV4 in Lua.
local provider = require("ec2.provider")

exo.providers.register{
  id = "ec2",
  name = exo.config.get("display_name"),
  list_instances = provider.list_instances,
  create = provider.create,
  delete = provider.delete,
  action = provider.action,
  sizes = provider.sizes,
  images = provider.images,
}
