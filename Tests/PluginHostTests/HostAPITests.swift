import Foundation
import PluginHost
import PluginModel
import Testing

/// The exo.* functions, events, contributions and waiting host calls.
@Suite struct HostAPITests {
    @Test func apiVersionIsVisibleAndReadOnly() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("return exo.api.major, exo.api.minor, exo.has('http.request'), exo.has('teleport')")
        #expect(values == [.integer(Int64(HostAPI.version.major)), .integer(Int64(HostAPI.version.minor)), .boolean(true), .boolean(false)])
    }

    @Test func eventsReachHandlers() async throws {
        let runtime = try await TestPlugins.sandbox()
        try await runtime.emit("instance.launched", payload: .record(["name": .text("web-1")]))
        try await runtime.emit("instance.launched", payload: .record(["name": .text("web-2")]))
        #expect(try await runtime.evaluate("return table.concat(seen, ',')") == [.text("web-1,web-2")])
    }

    @Test func unknownEventIsRefused() async throws {
        let copy = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try "exo.on('instance.exploded', function() end)".write(toFile: copy.folder + "/init.lua", atomically: true, encoding: .utf8)
        let error = await #expect(throws: PluginError.self) {
            try await PluginLoader.load(folder: copy.folder, environment: TestPlugins.environment())
        }
        #expect(error?.luaFailure?.message.contains("unknown event \"instance.exploded\"") == true)
    }

    @Test func contributionsAreData() async throws {
        let runtime = try await TestPlugins.sandbox()
        let contributions = await runtime.contributions
        #expect(contributions.cards.map(\.id) == ["greeting"])
        #expect(contributions.actions == [Contribution(id: "ping", label: "Ping", detail: "instance")])
        #expect(contributions.links == [TopBarLink(id: "docs", label: "Docs", url: "https://docs.example.org")])
        #expect(contributions.themeTokens == ["color-primary": "#0b5394"])
    }

    @Test func cardRendersToAViewModel() async throws {
        let runtime = try await TestPlugins.sandbox()
        let view = try await runtime.render(card: "greeting")
        #expect(view == .group([.heading("HELLO!"), .stat(label: "Limit", value: "3", tone: nil)]))
    }

    @Test func httpReadsAsStraightLineCode() async throws {
        let transport = FixtureTransport([
            .init(
                method: "GET", url: "https://allowed.example.org/ping/i-1",
                response: PluginHTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Array(#"{"answer":"pong"}"#.utf8)))
        ])
        let runtime = try await TestPlugins.sandbox(transport: transport)
        let result = try await runtime.runAction("ping", instance: .record(["id": .text("i-1")]))
        #expect(result == .text("pong"))
        #expect(transport.problems.isEmpty)
    }

    @Test func httpErrorStatusIsNilAndAnError() async throws {
        let transport = FixtureTransport([
            .init(method: "GET", url: "https://allowed.example.org/ping/i-2", response: PluginHTTPResponse(status: 503))
        ])
        let runtime = try await TestPlugins.sandbox(transport: transport)
        #expect(try await runtime.runAction("ping", instance: .record(["id": .text("i-2")])) == .text("http.status"))
    }

    @Test func waitingWorksInsidePcall() async throws {
        let transport = FixtureTransport([
            .init(method: "POST", url: "https://allowed.example.org/t", response: PluginHTTPResponse(status: 201, body: Array("ok".utf8)))
        ])
        let runtime = try await TestPlugins.sandbox(transport: transport)
        let values = try await runtime.evaluate("""
            local ok, res = pcall(exo.http.request, { method = "POST", url = "https://allowed.example.org/t", json = { a = 1 } })
            return ok, res.status, res.body
            """)
        #expect(values == [.boolean(true), .integer(201), .text("ok")])
        #expect(transport.requests.first?.body == Array(#"{"a":1}"#.utf8))
    }

    @Test func jsonRoundTrips() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("""
            local text = exo.json.encode({ name = "x", list = { 1, 2, 3 }, flag = true })
            local back = exo.json.decode(text)
            return text, back.list[3], back.flag, exo.json.decode("{not json")
            """)
        #expect(values == [.text(#"{"flag":true,"list":[1,2,3],"name":"x"}"#), .integer(3), .boolean(true), .nil, values.last ?? .nil])
        #expect(values.last?["code"] == .text("json.invalid"))
    }

    @Test(arguments: [
        ("exo.crypto.sha256('abc')", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("exo.crypto.hmac_sha256('key', 'The quick brown fox jumps over the lazy dog')",
         "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"),
        ("#exo.crypto.sha256('abc', 'raw')", "32"),
    ])
    func cryptoMatchesKnownVectors(expression: String, expected: String) async throws {
        let runtime = try await TestPlugins.sandbox()
        #expect(try await runtime.evaluate("return tostring(\(expression))") == [.text(expected)])
    }

    @Test(arguments: [("de", "Hallo Ada"), ("fr", "Hello Ada")])
    func i18nUsesThePluginCatalog(locale: String, expected: String) async throws {
        let runtime = try await TestPlugins.sandbox(locale: locale)
        #expect(try await runtime.evaluate("return exo.i18n.t('Hello {name}', { name = 'Ada' })") == [.text(expected)])
    }

    @Test(arguments: [
        ("{ n = 3 }", "3 servers"), ("{ n = 3.0 }", "3 servers"), ("{ n = 2.5 }", "2.5 servers"), ("{ n = -0.0 }", "0 servers"),
        ("{ n = 2^53 }", "9007199254740992 servers"), ("{ n = 1e300 }", "1e+300 servers"), ("{ n = true }", "true servers"),
        ("{ n = {} }", "table servers"),
    ])
    func i18nFillsNumbersAsPeopleWriteThem(arguments: String, expected: String) async throws {
        let runtime = try await TestPlugins.sandbox()
        #expect(try await runtime.evaluate("return exo.i18n.t('{n} servers', \(arguments))") == [.text(expected)])
    }

    @Test func viewsAreFilteredCopies() async throws {
        let runtime = try await TestPlugins.sandbox()
        await runtime.update(views: PluginViews(instances: [
            ["id": "1", "name": "a", "status": "ACTIVE"], ["id": "2", "name": "b", "status": "SHUTOFF"],
        ]))
        let values = try await runtime.evaluate("local rows = exo.instances.get{ status = 'ACTIVE' } return #rows, rows[1].name")
        #expect(values == [.integer(1), .text("a")])
    }

    @Test func configValuesComeFromTheSchema() async throws {
        let runtime = try await TestPlugins.sandbox()
        #expect(try await runtime.evaluate("return exo.config.get('greeting'), exo.config.get('mode')") == [.text("hello"), .text("safe")])
    }
}
