import Foundation
import PluginHost
import Testing

/// `exo.base64` and the JSON array/object markers (host API 1.1).
@Suite struct HostAPIEncodingTests {
    @Test func base64RoundTripsBytesAndRefusesNonBase64() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("""
            local bytes = "\\0\\255hi"
            local text = exo.base64.encode(bytes)
            local back = exo.base64.decode(text)
            local bad, err = exo.base64.decode("not base64!")
            return text, back == bytes, exo.base64.decode("aGVs\\nbG8="), bad, err.code, exo.has("base64.decode")
            """)
        #expect(values == [.text("AP9oaQ=="), .boolean(true), .text("hello"), .nil, .text("base64.invalid"), .boolean(true)])
    }

    @Test func base64EncodeRefusesATable() async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate("return exo.base64.encode({})") }
        #expect(error?.luaFailure?.message.contains("exo.base64.encode: argument 1 must be a string, got table") == true)
    }

    @Test func emptyTablesEncodeAsTheAuthorMarksThem() async throws {
        let runtime = try await TestPlugins.sandbox()
        let values = try await runtime.evaluate("""
            local tags = exo.json.array()
            local same = exo.json.array(tags) == tags
            return exo.json.encode({}), exo.json.encode(tags),
              exo.json.encode({ tags = exo.json.array(), metadata = exo.json.object() }),
              exo.json.encode(exo.json.object({ "a", "b" })), exo.json.encode(exo.json.array({ 1, 2 })), same,
              exo.has("json.array")
            """)
        #expect(values == [
            .text("{}"), .text("[]"), .text(#"{"metadata":{},"tags":[]}"#), .text(#"{"1":"a","2":"b"}"#), .text("[1,2]"),
            .boolean(true), .boolean(true),
        ])
    }

    @Test func aMarkedArrayWithOtherKeysIsRefused() async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) {
            try await runtime.evaluate("return exo.json.encode(exo.json.array({ 1, x = 2 }))")
        }
        #expect(error?.luaFailure?.message.contains("marked with exo.json.array may only have keys 1…n") == true)
    }

    @Test func anHTTPBodyKeepsTheMarks() async throws {
        let transport = FixtureTransport([
            .init(method: "POST", url: "https://allowed.example.org/items", response: PluginHTTPResponse(status: 204))
        ])
        let runtime = try await TestPlugins.sandbox(transport: transport)
        let values = try await runtime.evaluate("""
            local reply = exo.http.request({ method = "POST", url = "https://allowed.example.org/items",
              json = { items = exo.json.array(), name = "x" } })
            return reply.status
            """)
        #expect(values == [.integer(204)])
        #expect(transport.requests.map { String(decoding: $0.body ?? [], as: UTF8.self) } == [#"{"items":[],"name":"x"}"#])
        #expect(transport.problems.isEmpty)
    }
}
