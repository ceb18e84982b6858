import PluginHost

/// The hostile plugins of issue 17, by class. Each names what it tries; the harness checks that the
/// host refuses it with a message that says why, in bounded time, and keeps serving its neighbour.
enum HostileAttempts {
    /// Numbers the host once converted with `Int64(Double)`, which stops the process on NaN,
    /// infinities and values past 2^63.
    static let numbers: [HostileAttempt] = [
        .stopped("http timeout math.huge", "return exo.http.request{ url = 'https://allowed.example.org/', timeout = math.huge }", "finite number of seconds"),
        // Answered, or timed out by the host's own limit when the machine is too busy to answer in 1 s.
        HostileAttempt(
            name: "http timeout 1e300 is held to the host's limit",
            code: "local r, err = exo.http.request{ url = 'https://allowed.example.org/', timeout = 1e300 } if r or err.code:find('timeout', 1, true) then return 'held' end return err.code",
            outcome: .answered("held")),
        .stopped("http timeout NaN", "return exo.http.request{ url = 'https://allowed.example.org/', timeout = 0/0 }", "positive, finite number"),
        .stopped("http timeout -math.huge", "return exo.http.request{ url = 'https://allowed.example.org/', timeout = -math.huge }", "positive, finite number"),
        HostileAttempt(name: "card stat value math.huge", code: card("{ type = 'stat', label = 'x', value = math.huge }"), outcome: .renderRefused("must be a finite number")),
        HostileAttempt(name: "card stat value NaN", code: card("{ type = 'stat', label = 'x', value = 0/0 }"), outcome: .renderRefused("must be a finite number")),
        HostileAttempt(name: "card heading 1e20", code: card("{ type = 'heading', text = 1e20 }"), outcome: .rendered("1e+20")),
        HostileAttempt(name: "card heading 2^63", code: card("{ type = 'heading', text = 2.0^63 }"), outcome: .rendered("e+18")),
        HostileAttempt(name: "card progress with infinite max", code: card("{ type = 'progress', label = 'x', value = 1, max = math.huge }"), outcome: .renderRefused("finite numbers")),
        HostileAttempt(name: "card table cell math.huge", code: card("{ type = 'table', columns = {'a'}, rows = { { math.huge } } }"), outcome: .rendered("rows: [[\"\"]]")),
        .stopped("os.date with a time past 2^63", "return os.date('*t', 2^63)", "number has no integer representation"),
        .stopped("os.time with a year of 1e18", "return os.time{ year = 1e18, month = 1, day = 1 }", "out-of-bound", "cannot be represented"),
    ]

    /// Coroutine tricks that crash Lua 5.4.4 or try to escape the budget.
    static let coroutines: [HostileAttempt] = [
        // Built first and closed afterwards, so that no resume between the closes counts them as
        // C calls: with Lua 5.4.4 alone, 20,000 of them overflow the C stack (a segfault).
        HostileAttempt(name: "nested coroutine.close", code: #"""
            local chain = {}
            for i = 1, 20000 do
              local co = coroutine.create(function()
                local guard <close> = setmetatable({}, { __close = function()
                  local next = chain[i + 1]
                  if next then
                    local ok, err = coroutine.close(next)
                    if not ok then error(err, 0) end
                  end
                end })
                coroutine.yield()
              end)
              coroutine.resume(co)
              chain[i] = co
            end
            local ok, err = coroutine.close(chain[1])
            error(err, 0)
            """#, outcome: .stopped(["nested more than 100 deep"]), limits: roomy),
        .stopped("nested closes through failing coroutine.wrap", #"""
            local function fail()
              return coroutine.wrap(function()
                local guard <close> = setmetatable({}, { __close = function() fail()() end })
                error("boom")
              end)
            end
            fail()()
            """#, "nested more than 100 deep", "C stack overflow"),
        .stopped("deeply nested resumes", "local function dive() return coroutine.wrap(dive)() end return dive()", "C stack overflow", "nested more than 100 deep"),
        .stopped("endless loop in a coroutine caught by pcall", "while true do pcall(coroutine.wrap(function() while true do end end)) end", "instruction budget"),
        .stopped("yielding out of a handler", "coroutine.yield()", "a handler may not yield", "attempt to yield from outside a coroutine"),
        .stopped("waiting for the host inside a plugin coroutine", "return coroutine.wrap(function() return exo.http.request{ url = 'https://allowed.example.org/' } end)()", "cannot wait for the host inside a coroutine"),
    ]

    /// Work done inside one C function of Lua's libraries, where the count hook never fires.
    static let cFunctions: [HostileAttempt] = [
        .stopped("table.move over 10^15 empty slots", "table.move({}, 1, 1e15, 2)", "table.move: this call would do about"),
        .stopped("string.rep of an empty string 10^15 times", "return #string.rep('', 1e15)", "string.rep: this call would do about"),
        .stopped("string.rep with an empty separator 10^15 times", "return #string.rep('', 1e15, '')", "string.rep: this call would do about"),
        .stopped("table.concat over 10^15 indexes", "return table.concat(setmetatable({}, { __index = function() return '' end }), '', 1, 1e15)", "table.concat: this call would do about", "instruction budget"),
        .stopped("table.concat with a lying __len", "return table.concat(setmetatable({}, { __len = function() return 1e15 end, __index = function() return '' end }))", "table.concat: this call would do about", "instruction budget"),
        .stopped("table.insert into a table whose __len says 10^15", "table.insert(setmetatable({}, { __len = function() return 1e15 end }), 1, 'x')", "table.insert: this call would do about"),
        .stopped("table.remove from a table whose __len says 10^15", "table.remove(setmetatable({}, { __len = function() return 1e15 end }), 1)", "table.remove: this call would do about"),
        .stopped("quadratic table.insert at the front", "local t = {} for i = 1, 1e6 do table.insert(t, 1, i) end", "instruction budget", "table.insert: this call would do about"),
        .stopped("table.sort of 2^31 phantom elements", "table.sort(setmetatable({}, { __len = function() return 2^31 - 2 end, __index = rawlen, __newindex = rawequal }))", "tables with a __len metamethod cannot be sorted"),
        .stopped("plain string.find of a long needle", "local s = string.rep('a', 2^21) return s:find(string.rep('a', 2^20) .. 'b', 1, true)", "string.find: this call would do about"),
        .stopped("%b over a never-closed string", "return (string.rep('(', 1e5)):find('%b()')", "string.find: this call would do about", "string.find: this pattern could take about"),
        .stopped("%b in gmatch", "for x in (string.rep('(', 1e5)):gmatch('%b()') do end", "string.gmatch: this call would do about", "string.gmatch: this pattern could take about"),
        .stopped("%b in gsub", "return (string.rep('(', 1e5)):gsub('%b()', '')", "string.gsub: this call would do about", "string.gsub: this pattern could take about"),
        .stopped("back-reference to a balanced capture", "return (string.rep('(', 5e4) .. string.rep(')', 5e4)):find('(%b())%1')", "string.find: this call would do about", "string.find: this pattern could take about"),
        .stoppedByBudget("refused patterns in a pcall loop", "local s = string.rep('(', 1e5) while true do pcall(string.find, s, '%b()') end", "instruction budget"),
        // Each call below is one VM instruction's worth of calling but copies or scans 1 MB in C.
        .stoppedByBudget("string.upper of 1 MB in a loop", "local s = string.rep('a', 1e6) while true do s:upper() end", "string.upper: this call would do about"),
        .stoppedByBudget("string.reverse of 1 MB in a loop", "local s = string.rep('a', 1e6) while true do s:reverse() end", "string.reverse: this call would do about"),
        .stoppedByBudget("utf8.len of 1 MB in a loop", "local s = string.rep('a', 1e6) while true do utf8.len(s) end", "utf8.len: this call would do about"),
        .stopped("table.unpack with a lying __len", "return select('#', table.unpack(setmetatable({}, { __len = function() return 1e15 end })))", "table.unpack: this call would do about"),
    ]

    /// Values the host copies or builds for a plugin: they count against its limits.
    static let hostCopies: [HostileAttempt] = [
        .stopped("shared subtables to exo.json.encode", "local t = {} for i = 1, 25 do t = { t, t } end return exo.json.encode(t)", "too large to hand to the host"),
        .stopped("shared subtables to exo.log", "local t = {} for i = 1, 25 do t = { t, t } end exo.log.info('x', t)", "too large to hand to the host"),
        .stopped("a wide table to exo.http.request", "local t = {} for i = 1, 200000 do t[i] = i end return exo.http.request{ url = 'https://allowed.example.org/', json = t }", "too large to hand to the host", "memory limit"),
        .stopped("shared subtables in a loop under pcall", "local t = {} for i = 1, 20 do t = { t, t } end while true do pcall(exo.json.encode, t) end", "instruction budget", "time limit"),
        .stopped("a table nested 1000 levels to the host", "local t = {} for i = 1, 1000 do t = { t } end return exo.json.encode(t)", "nested more than 32 levels"),
        .stopped("a table that contains itself", "local t = {} t.self = t return exo.json.encode(t)", "nested more than 32 levels"),
        HostileAttempt(name: "JSON nested 100000 levels", code: "local v, err = exo.json.decode(string.rep('[', 1e5) .. string.rep(']', 1e5)) return err.code .. ': ' .. err.message", outcome: .answered("json.too_deep")),
        HostileAttempt(name: "JSON nested 40 levels", code: "local v, err = exo.json.decode(string.rep('[', 40) .. string.rep(']', 40)) return err.code", outcome: .answered("json.too_deep")),
        HostileAttempt(name: "JSON nested 32 levels still decodes", code: "local v = exo.json.decode(string.rep('[', 32) .. string.rep(']', 32)) return type(v)", outcome: .answered("table")),
        HostileAttempt(name: "JSON with a million values", code: "local v, err = exo.json.decode('[' .. string.rep('0,', 1e6) .. '0]') return err.code", outcome: .answered("json.too_large")),
        .stopped("i18n.t expanding to 100 GB", "return exo.i18n.t(string.rep('{x}', 1e5), { x = string.rep('y', 1e6) })", "more than the 65536 bytes allowed"),
        .stopped("log line with 10000 fields", "local f = {} for i = 1, 10000 do f['k' .. i] = i end exo.log.info('x', f)", "at most 32 fields"),
        HostileAttempt(name: "card with 20000 nodes", code: card("(function() local t = {} for i = 1, 20000 do t[i] = 'x' end return t end)()"), outcome: .renderRefused("more than 10000 nodes")),
    ]

    /// Memory refusals that a plugin tries to catch and get past.
    static let memory: [HostileAttempt] = [
        .stopped("table bomb", "local t = {} for i = 1, 1e8 do t[i] = i end", "memory limit of 8388608 bytes is used up"),
        .stopped("string bomb", "return string.rep('xxxxxxxxxxxxxxxx', 2^20)", "memory limit of 8388608 bytes is used up"),
        .stopped("catching the refusal and retrying for ever", "local t = {} while true do pcall(function() t[#t + 1] = string.rep('yyyyyyyyyyyyyyyy', 256) .. #t end) end", "memory limit of 8388608 bytes is used up"),
        .stopped("retrying with ever different sizes", "local s = string.rep('0123456789abcdef', 2^18) local n = 0 while true do n = n + 1 pcall(function() return s .. s .. n end) end", "memory limit of 8388608 bytes is used up"),
        .stopped("retrying in the error handler", "local t = {} xpcall(function() while true do t[#t + 1] = {} end end, function() while true do t[#t + 1] = {} end end)", "memory limit of 8388608 bytes is used up"),
    ]

    /// Handlers that never end, or wait in a loop.
    static let neverEnding: [HostileAttempt] = [
        .stopped("endless loop", "while true do end", "instruction budget"),
        .stopped("waiting on the host in a loop", "while true do exo.http.request{ url = 'https://allowed.example.org/' } end", "overall time limit", "instruction budget", "time limit"),
        .stopped("waiting on the host in a loop under pcall", "while true do pcall(exo.http.request, { url = 'https://allowed.example.org/' }) end", "overall time limit", "instruction budget", "time limit"),
        .stopped("a loop in an error handler", "xpcall(error, function() while true do end end)", "instruction budget"),
        .stopped("a loop in a __close handler", "do local x <close> = setmetatable({}, { __close = function() while true do end end }) end", "instruction budget"),
        .stopped("a loop in a sort comparator", "local t = {} for i = 1, 100 do t[i] = i end table.sort(t, function() while true do end end)", "instruction budget"),
    ]

    /// Registration floods: each kind is capped per plugin.
    static let registrations: [HostileAttempt] = [
        .stopped("100000 cards", "for i = 1, 1e5 do exo.ui.add_card{ id = 'c' .. i, title = 't', render = function() end } end", "at most 16 of kind dashboard card", context: .load),
        .stopped("100000 pages", "for i = 1, 1e5 do exo.ui.add_page{ id = 'p' .. i, title = 't', render = function() end } end", "at most 16 of kind page", context: .load),
        .stopped("100000 actions", "for i = 1, 1e5 do exo.ui.add_action{ id = 'a' .. i, label = 't', run = function() end } end", "at most 32 of kind instance action", context: .load),
        .stopped("100000 links", "for i = 1, 1e5 do exo.ui.add_link{ id = 'l' .. i, label = 't', url = '/x' } end", "at most 16 top-bar links", context: .load),
        .stopped("100000 handlers", "for i = 1, 1e5 do exo.on('instance.launched', function() end) end", "at most 64 event handlers", context: .load),
        .stopped("100000 cloud-init parts", "for i = 1, 1e5 do exo.launch.add_cloud_init_part{ id = 'p' .. i, render = function() return '' end } end", "at most 16 of kind cloud-init part", context: .load),
        .stopped("10000 theme tokens", "local t = {} for i = 1, 1e4 do t['token-' .. i] = 'red' end exo.ui.set_theme(t)", "at most 64 theme tokens", context: .load),
    ]

    /// Wrong types from the hooks the host calls.
    static let wrongTypes: [HostileAttempt] = [
        HostileAttempt(name: "render returns a function", code: card("function() end"), outcome: .renderRefused("view must be a table or a string, got function")),
        HostileAttempt(name: "render returns a coroutine", code: card("coroutine.create(function() end)"), outcome: .renderRefused("got thread")),
        HostileAttempt(name: "render returns a boolean", code: card("true"), outcome: .renderRefused("got boolean")),
        HostileAttempt(name: "render returns an unknown node type", code: card("{ type = 'script', text = 'alert(1)' }"), outcome: .renderRefused("is not one of text")),
        HostileAttempt(name: "render returns a javascript: link", code: card("{ type = 'link', label = 'x', url = 'javascript:alert(1)' }"), outcome: .renderRefused("must be http(s) or start with /")),
        HostileAttempt(name: "render returns a table label", code: card("{ type = 'stat', label = {}, value = 'x' }"), outcome: .renderRefused("label must be a string")),
        .stopped("error with a table", "error({})", "error object is a table value"),
        .stopped("error with a __tostring that loops", "error(setmetatable({}, { __tostring = function() while true do end end }))", "error object is a table value"),
        .stopped("exo.on with a number", "exo.on('instance.launched', 42)", "argument 2 must be a function, got number", context: .load),
        .stopped("add_card with a string", "exo.ui.add_card('card')", "argument 1 must be a table, got string", context: .load),
    ]

    /// Escapes and reads of what is not the plugin's.
    static let escapes: [HostileAttempt] = [
        .stopped("os.exit", "os.exit(1)", "field 'exit'"),
        .stopped("io.popen", "io.popen('id')", "global 'io'"),
        .stopped("another plugin's secret", "return exo.secrets.get('token')", "capability", "not in capability secrets"),
        .stopped("a setting outside the schema", "return exo.config.get('greeting')", "is not in the config schema"),
        .stopped("a view not declared", "return exo.clouds.get()", "capability views: clouds is not declared"),
        .stopped("an origin not declared", "return exo.http.request{ url = 'https://evil.example.com/' }", "is not in capability http"),
        .stopped("the private host table", "return exo._contributions()", "attempt to call a nil value"),
    ]

    /// Room for the 11,500 levels of nesting that crash Lua 5.4.4, so that the memory cap is not what stops them.
    static let roomy = LuaLimits(memoryBytes: 64 << 20, instructionBudget: 20_000_000, timeLimit: .seconds(5), hostCallTimeout: .seconds(1))

    /// A card `hostile` whose render function returns `view` (Lua).
    static func card(_ view: String) -> String {
        "exo.ui.add_card{ id = 'hostile', title = 'Hostile', render = function() return \(view) end }"
    }
}
