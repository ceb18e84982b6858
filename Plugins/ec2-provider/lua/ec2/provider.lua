-- The provider contract (list_instances, create, delete, action, sizes, images) over EC2 actions.
local client = require("ec2.client")
local xml = require("ec2.xml")

local provider = {}

-- EC2 instance states (EC2 API reference, InstanceState) in the host's OpenStack-like words.
provider.statuses = {
  pending = "BUILD", running = "ACTIVE", stopping = "SHUTOFF", stopped = "SHUTOFF",
  ["shutting-down"] = "DELETED", terminated = "DELETED",
}

--- An EC2 instance item (<item> of instancesSet) as the host's instance: { id, name, status, size, image, addresses, state }.
function provider.instance(item)
  local state = xml.text(xml.child(item, "instanceState"), "name") or "unknown"
  local name
  for _, tag in ipairs(xml.items(item, "tagSet")) do
    if xml.text(tag, "key") == "Name" then name = xml.text(tag, "value") end
  end
  local addresses = {}
  for _, field in ipairs({ "ipAddress", "privateIpAddress" }) do
    local address = xml.text(item, field)
    if address and address ~= "" then addresses[#addresses + 1] = address end
  end
  local id = xml.text(item, "instanceId")
  return {
    id = id, name = name or id, status = provider.statuses[state] or "UNKNOWN", state = state,
    size = xml.text(item, "instanceType"), image = xml.text(item, "imageId"), addresses = addresses,
  }
end

--- Instances that are not terminated, from DescribeInstances (every reservation).
function provider.list_instances()
  local root, err = client.call("DescribeInstances", {})
  if not root then return nil, err end
  local instances = {}
  for _, reservation in ipairs(xml.items(root, "reservationSet")) do
    for _, item in ipairs(xml.items(reservation, "instancesSet")) do
      local instance = provider.instance(item)
      if instance.state ~= "terminated" then instances[#instances + 1] = instance end
    end
  end
  return instances
end

--- RunInstances of one instance named spec.name (a Name tag), spec.size (instance type), spec.image (AMI id).
function provider.create(spec)
  if type(spec) ~= "table" or not spec.image or not spec.size then
    return nil, { code = "provider.invalid", message = "create needs image and size" }
  end
  local params = {
    ImageId = spec.image, InstanceType = spec.size, MinCount = 1, MaxCount = 1,
    ["TagSpecification.1.ResourceType"] = "instance",
    ["TagSpecification.1.Tag.1.Key"] = "Name",
    ["TagSpecification.1.Tag.1.Value"] = spec.name or "exosphere",
  }
  local key_name = spec.key_name or exo.config.get("key_name")
  if key_name and key_name ~= "" then params.KeyName = key_name end
  local root, err = client.call("RunInstances", params)
  if not root then return nil, err end
  local item = xml.items(root, "instancesSet")[1]
  if not item then return nil, { code = "ec2.invalid_answer", message = "RunInstances answered no instance" } end
  return provider.instance(item)
end

--- TerminateInstances; true or nil, err.
function provider.delete(id)
  local root, err = client.call("TerminateInstances", client.list({}, "InstanceId", { id }))
  if not root then return nil, err end
  return true
end

local actions = { start = "StartInstances", stop = "StopInstances", reboot = "RebootInstances" }

--- start, stop or reboot; true or nil, err.
function provider.action(id, name)
  local action = actions[name]
  if not action then
    return nil, { code = "provider.unsupported_action", message = "EC2 instances support start, stop and reboot, not " .. tostring(name) }
  end
  local root, err = client.call(action, client.list({}, "InstanceId", { id }))
  if not root then return nil, err end
  return true
end

--- The instance types named in config, from DescribeInstanceTypes: { id, name, vcpus, ram_mib }.
function provider.sizes()
  local root, err = client.call("DescribeInstanceTypes", client.list({}, "InstanceType", exo.config.get("instance_types")))
  if not root then return nil, err end
  local sizes = {}
  for _, item in ipairs(xml.items(root, "instanceTypeSet")) do
    local id = xml.text(item, "instanceType")
    sizes[#sizes + 1] = {
      id = id, name = id,
      vcpus = math.tointeger(tonumber(xml.text(xml.child(item, "vCpuInfo"), "defaultVCpus"))),
      ram_mib = math.tointeger(tonumber(xml.text(xml.child(item, "memoryInfo"), "sizeInMiB"))),
    }
  end
  table.sort(sizes, function(a, b) return a.id < b.id end)
  return sizes
end

--- Available images of the owners in config, from DescribeImages: { id, name }.
function provider.images()
  local root, err = client.call("DescribeImages", client.list({}, "Owner", exo.config.get("image_owners")))
  if not root then return nil, err end
  local images = {}
  for _, item in ipairs(xml.items(root, "imagesSet")) do
    if (xml.text(item, "imageState") or "available") == "available" then
      images[#images + 1] = { id = xml.text(item, "imageId"), name = xml.text(item, "name") or xml.text(item, "imageId") }
    end
  end
  table.sort(images, function(a, b) return a.name < b.name end)
  return images
end

return provider
