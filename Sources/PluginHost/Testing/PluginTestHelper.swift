/// The Lua assertion helper `exosphere plugin test` loads before a spec: `describe`, `it`,
/// `expect(x).to_equal(y)` / `.to_be_truthy()` / `.to_contain(text)` / `.to_fail_with(text)`,
/// and the fake host `host` (`emit`, `render_card`, `render_page`, `run_action`,
/// `cloud_init_part`, `provider`, `contributions`, `set_locale`). The runner asks for the test
/// names, then runs each `it` by its index in a freshly loaded plugin.
enum PluginTestHelper {
    static let source = """
        local raw = ...
        local tests = {}
        local prefix = ""
        function describe(name, body)
          local saved = prefix
          prefix = prefix .. name .. " "
          body()
          prefix = saved
        end
        function it(name, fn) tests[#tests + 1] = { name = prefix .. name, fn = fn } end
        local function show(v)
          if type(v) == "string" then return string.format("%q", v) end
          if type(v) == "table" then return exo.json.encode(v) end
          return tostring(v)
        end
        local function equal(a, b)
          if a == b then return true end
          if type(a) ~= "table" or type(b) ~= "table" then return false end
          for k, v in pairs(a) do if not equal(v, b[k]) then return false end end
          for k in pairs(b) do if a[k] == nil then return false end end
          return true
        end
        function expect(actual)
          return {
            to_equal = function(expected)
              if not equal(actual, expected) then error("expected " .. show(expected) .. ", got " .. show(actual), 2) end
            end,
            to_be_truthy = function()
              if not actual then error("expected a true value, got " .. show(actual), 2) end
            end,
            to_contain = function(part)
              if type(actual) ~= "string" or not actual:find(part, 1, true) then
                error("expected " .. show(actual) .. " to contain " .. show(part), 2)
              end
            end,
            to_fail_with = function(part)
              local ok, err = pcall(actual)
              if ok then error("expected an error containing " .. show(part) .. ", but there was none", 2) end
              local text = tostring(err)
              if not text:find(part, 1, true) then error("expected an error containing " .. show(part) .. ", got " .. show(text), 2) end
            end,
          }
        end
        host = {}
        function host.emit(event, payload)
          for _, fn in ipairs(raw._handlers(event)) do fn(payload) end
        end
        local function contribution(kind, id)
          local fn = raw._contribution(kind, id)
          if not fn then error("the plugin registered no " .. kind .. " " .. id, 3) end
          return fn
        end
        function host.render_card(id, ctx) return contribution("card", id)(ctx) end
        function host.render_page(id, ctx) return contribution("page", id)(ctx) end
        function host.run_action(id, instance) return contribution("action", id)(instance) end
        function host.cloud_init_part(id, request) return contribution("cloud_init_part", id)(request) end
        function host.provider(id)
          local functions = raw._provider(id)
          if not functions then error("the plugin registered no provider " .. id, 2) end
          return functions
        end
        function host.contributions() return raw._contributions() end
        function host.set_locale(tag) raw._set_locale(tag) end
        function _exo_test_names()
          local names = {}
          for i, test in ipairs(tests) do names[i] = test.name end
          return names
        end
        function _exo_run_test(index)
          local test = tests[index]
          local ok, err = pcall(test.fn)
          return { name = test.name, ok = ok, message = (not ok) and tostring(err) or nil }
        end
        """
}
