import Foundation
import PluginHost
import Testing

/// Each way out of the sandbox is refused, with a message that says why.
@Suite struct SandboxTests {
    struct Escape: CustomTestStringConvertible, Sendable {
        let name: String
        let code: String
        let refusal: String
        var testDescription: String { name }
    }

    static let escapes: [Escape] = [
        Escape(name: "io", code: "return io.open('/etc/passwd')", refusal: "global 'io'"),
        Escape(name: "os.execute", code: "return os.execute('id')", refusal: "field 'execute'"),
        Escape(name: "os.getenv", code: "return os.getenv('HOME')", refusal: "field 'getenv'"),
        Escape(name: "os.remove", code: "return os.remove('/tmp/x')", refusal: "field 'remove'"),
        Escape(name: "loadfile", code: "return loadfile('/etc/passwd')", refusal: "global 'loadfile'"),
        Escape(name: "dofile", code: "return dofile('/etc/passwd')", refusal: "global 'dofile'"),
        Escape(name: "debug", code: "return debug.getregistry()", refusal: "global 'debug'"),
        Escape(name: "package.loadlib", code: "return package.loadlib('libc.so.6', 'system')", refusal: "global 'package'"),
        Escape(name: "string.dump", code: "return load(string.dump(function() end))", refusal: "field 'dump'"),
        Escape(name: "string.dump via method", code: "return (''):dump()", refusal: "method 'dump'"),
        Escape(
            name: "bytecode through load", code: "local f, err = load('\\27LuaT\\0\\25\\147') assert(f == nil) error(err)",
            refusal: "attempt to load a binary chunk"),
        Escape(
            name: "bytecode through a load reader",
            code: "local sent = false local f, err = load(function() if sent then return nil end sent = true return '\\27Lua' end) error(err)",
            refusal: "binary chunk"),
        Escape(name: "require a path", code: "return require('../outside')", refusal: "module names are letters"),
        Escape(name: "require a C module", code: "return require('socket')", refusal: "module socket not found in the plugin folder"),
        Escape(name: "collectgarbage", code: "collectgarbage('stop')", refusal: "global 'collectgarbage'"),
        // Finalizers run with hooks off (lgc.c GCTM), so a looping __gc could never be stopped.
        Escape(
            name: "a __gc finalizer", code: "setmetatable({}, { __gc = function() while true do end end })",
            refusal: "__gc finalizers are not allowed in plugins"),
        Escape(name: "setmetatable on exo", code: "setmetatable(exo, {})", refusal: "cannot change a protected metatable"),
        Escape(name: "assigning into exo", code: "exo.http = { request = print }", refusal: "exo is read-only"),
        Escape(name: "assigning into exo.http", code: "exo.http.request = function() end", refusal: "exo.http is read-only"),
        Escape(name: "reaching the real table via getmetatable", code: "return getmetatable(exo).__index.http", refusal: "attempt to index a nil value"),
        Escape(
            name: "backtracking pattern", code: "return string.find(string.rep('a', 150), string.rep('a-', 4) .. 'b')",
            refusal: "string.find: this pattern could take about"),
        Escape(
            name: "backtracking pattern as a method", code: "return (string.rep('a', 5000)):match('(.-)(.-)(.-)x')",
            refusal: "string.match: this pattern could take about"),
    ]

    @Test(arguments: escapes)
    func escapeIsRefused(_ escape: Escape) async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate(escape.code) }
        let failure = try #require(error?.luaFailure)
        #expect(failure.message.contains(escape.refusal), "\(failure.message)")
    }

    @Test func rawgetCannotReachTheHostTable() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("return rawget(exo, 'http'), type(exo.http.request), type(getmetatable(exo))")
        #expect(values == [.nil, .text("function"), .text("string")])
    }

    @Test func rawsetOnExoOnlyFoolsThePluginItself() async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) {
            try await runtime.evaluate("""
                rawset(exo, 'secrets', { get = function() return 'forged' end })
                assert(exo.secrets.get('anything') == 'forged')
                return exo.config.get('not_declared')
                """)
        }
        #expect(error?.luaFailure?.message.contains("\"not_declared\" is not in the config schema") == true)
    }

    @Test func requireFindsModulesOnlyInsideTheFolder() async throws {
        let copy = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try FileManager.default.createSymbolicLink(
            atPath: copy.folder + "/lua/escape.lua", withDestinationPath: TestPlugins.fixtures + "/plugins/outside.lua")
        let runtime = try await PluginLoader.load(folder: copy.folder, environment: TestPlugins.environment())
        #expect(try await runtime.evaluate("return require('helper').shout('hi')") == [.text("HI!")])
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate("return require('escape')") }
        #expect(error?.luaFailure?.message.contains("resolves outside the plugin folder") == true)
    }

    @Test func textChunksStillLoad() async throws {
        let runtime = try await TestPlugins.sandbox()
        #expect(try await runtime.evaluate("return load('return 1 + 2')()") == [.integer(3)])
    }

    @Test func ordinaryPatternsStillWork() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("""
            local text = string.rep('key=value ', 10000)
            local count = select(2, text:gsub('%s+', ' '))
            return count, ('name=exo'):match('^(%w+)=(%w+)$')
            """)
        #expect(values == [.integer(10000), .text("name"), .text("exo")])
    }
}
