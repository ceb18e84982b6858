/// The Lua that runs in every plugin state before `init.lua`: it turns the raw host table into the
/// read-only `exo` namespace and installs a `require` confined to the plugin's folder.
///
/// It receives the raw host table as its argument; plugin code never sees that table. Host
/// functions named with a leading `_` are private to the prelude and the test helper.
enum PluginPrelude {
    static let source = """
        local raw = ...
        local setmetatable, error, type, pairs, tostring, load = setmetatable, error, type, pairs, tostring, load

        local function readonly(name, fields)
          return setmetatable({}, {
            __index = fields,
            __newindex = function(_, key)
              error(name .. " is read-only: cannot set " .. tostring(key), 2)
            end,
            __metatable = name .. " is a host object; its metatable is locked",
          })
        end

        local tree = {}
        for name, fn in pairs(raw) do
          if name:sub(1, 1) ~= "_" then
            local node = tree
            local parts = {}
            for part in name:gmatch("[^.]+") do parts[#parts + 1] = part end
            for i = 1, #parts - 1 do
              node[parts[i]] = node[parts[i]] or {}
              node = node[parts[i]]
            end
            node[parts[#parts]] = fn
          end
        end
        local major, minor, patch = raw._api_version()
        tree.api = { major = major, minor = minor, patch = patch }

        -- exo.json.array / exo.json.object (since 1.1): the choice is kept beside the table (weak
        -- keys, so marked tables are collected as usual) and becomes a marker key on the copy that
        -- exo.json.encode and exo.http.request hand to the host.
        local next_key = next
        local kinds = setmetatable({}, { __mode = "k" })
        local markers = { array = "\\0exo.json.array", object = "\\0exo.json.object" }
        local function marker(kind)
          return function(t)
            if t == nil then t = {} end
            if type(t) ~= "table" then error("exo.json." .. kind .. ": argument 1 must be a table or nil, got " .. type(t), 2) end
            kinds[t] = kind
            return t
          end
        end
        local function marked(value, depth)
          if type(value) ~= "table" or depth > 32 or next_key(kinds) == nil then return value end
          local copy = {}
          for key, item in pairs(value) do copy[key] = marked(item, depth + 1) end
          local kind = kinds[value]
          if kind then copy[markers[kind]] = true end
          return copy
        end
        local encode, request = tree.json.encode, tree.http.request
        tree.json.array, tree.json.object = marker("array"), marker("object")
        tree.json.encode = function(value) return encode(marked(value, 0)) end
        tree.http.request = function(spec)
          if type(spec) == "table" and type(spec.json) == "table" and next_key(kinds) ~= nil then
            local copy = {}
            for key, item in pairs(spec) do copy[key] = item end
            copy.json = marked(spec.json, 0)
            spec = copy
          end
          return request(spec)
        end

        local function freeze(name, node)
          local fields = {}
          for key, value in pairs(node) do
            if type(value) == "table" then fields[key] = freeze(name .. "." .. key, value) else fields[key] = value end
          end
          return readonly(name, fields)
        end
        exo = freeze("exo", tree)

        local read_module = raw._read_module
        local loaded = {}
        function require(name)
          if type(name) ~= "string" or not name:find("^[%w_]+[%w_%.]*$") or name:find("%.%.") or name:sub(-1) == "." then
            error("require: module names are letters, digits, _ and dots (got " .. tostring(name) .. ")", 2)
          end
          if loaded[name] ~= nil then return loaded[name] end
          local source, path = read_module(name)
          if not source then error(path, 2) end
          local chunk, message = load(source, "@" .. path, "t")
          if not chunk then error(message, 2) end
          local result = chunk(name)
          if result == nil then result = true end
          loaded[name] = result
          return result
        end
        """
}
