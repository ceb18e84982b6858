-- Just enough XML for EC2 Query API answers: elements, text and entities; attributes,
-- comments and declarations are skipped.
local xml = {}

local entities = { lt = "<", gt = ">", amp = "&", quot = '"', apos = "'" }

local function unescape(text) return (text:gsub("&(%a+);", entities)) end

--- Parses `text` into its root element { name, children, text }; nil, message when malformed.
function xml.parse(text)
  if type(text) ~= "string" then return nil, "no XML text" end
  local document = { name = "#document", children = {} }
  local stack = { document }
  local position = 1
  while true do
    local open = text:find("<", position, true)
    if not open then break end
    local top = stack[#stack]
    local segment = text:sub(position, open - 1)
    if segment:find("%S") then top.text = (top.text or "") .. unescape(segment) end
    local close = text:find(">", open, true)
    if not close then return nil, "unterminated tag at byte " .. open end
    local tag = text:sub(open + 1, close - 1)
    local first = tag:sub(1, 1)
    if first == "/" then
      local name = tag:match("^/%s*([^%s]+)")
      if #stack == 1 or name ~= top.name then return nil, "unexpected </" .. tostring(name) .. ">" end
      stack[#stack] = nil
    elseif first ~= "?" and first ~= "!" then
      local node = { name = tag:match("^([^%s/]+)"), children = {} }
      top.children[#top.children + 1] = node
      if tag:sub(-1) ~= "/" then stack[#stack + 1] = node end
    end
    position = close + 1
  end
  if #stack ~= 1 then return nil, "unclosed <" .. stack[#stack].name .. ">" end
  if not document.children[1] then return nil, "no root element" end
  return document.children[1]
end

--- The first child element called `name`.
function xml.child(node, name)
  for _, child in ipairs(node and node.children or {}) do
    if child.name == name then return child end
  end
end

--- The text of the first child called `name` (nil when absent; "" when empty).
function xml.text(node, name)
  local child = xml.child(node, name)
  return child and (child.text or "")
end

--- The <item> elements inside the child called `name` (EC2's lists).
function xml.items(node, name)
  local items = {}
  for _, child in ipairs((xml.child(node, name) or {}).children or {}) do
    if child.name == "item" then items[#items + 1] = child end
  end
  return items
end

return xml
