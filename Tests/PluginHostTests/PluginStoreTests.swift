import Foundation
import PluginHost
import Testing

/// `exo.store`: a plugin's own key-value store, kept on disk across restarts, with a size cap.
@Suite struct PluginStoreTests {
    static func load(storeDirectory: String?) async throws -> PluginRuntime {
        var environment = TestPlugins.environment()
        environment.storeDirectory = storeDirectory
        return try await PluginLoader.load(folder: TestPlugins.folder("sandbox"), environment: environment)
    }

    @Test func aValueSurvivesARestartAndOnlyItsOwnerSeesIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exo-store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await Self.load(storeDirectory: directory)
        let kept = try await first.evaluate("return exo.store.set('seen', { count = 3, names = { 'a', 'b' }, ok = true })")
        #expect(kept == [.boolean(true)])
        let file = directory + "/sandbox.json"
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let second = try await Self.load(storeDirectory: directory)
        let read = try await second.evaluate("local v = exo.store.get('seen') return v.count, v.names[2], v.ok, exo.store.get('other')")
        #expect(read == [.integer(3), .text("b"), .boolean(true), .nil])
        // Another plugin's store is another file: the same key reads nothing there.
        #expect(FileManager.default.fileExists(atPath: directory + "/hostile.json") == false)

        _ = try await second.evaluate("exo.store.set('seen', nil)")
        let third = try await Self.load(storeDirectory: directory)
        #expect(try await third.evaluate("return exo.store.get('seen')") == [.nil])
    }

    @Test func aWritePastOneMiBIsRefusedAndTheStoreKeepsWhatItHad() async throws {
        let runtime = try await Self.load(storeDirectory: nil)
        let answer = try await runtime.evaluate("""
            assert(exo.store.set('small', 'kept'))
            local ok, err = exo.store.set('big', string.rep('x', 1100000))
            return ok, err.code, exo.store.get('small'), exo.store.get('big')
            """)
        #expect(answer == [.nil, .text("store.full"), .text("kept"), .nil])
        let long = try await runtime.evaluate("local ok, err = exo.store.set(string.rep('k', 300), 1) return err.code")
        #expect(long == [.text("store.key_too_long")])
    }

    @Test func aDamagedFileOpensAsAnEmptyStore() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exo-store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: directory + "/sandbox.json"))
        let runtime = try await Self.load(storeDirectory: directory)
        #expect(try await runtime.evaluate("return exo.store.get('x')") == [.nil])
        #expect(try await runtime.evaluate("return exo.store.set('x', 1)") == [.boolean(true)])
        #expect(try await runtime.evaluate("return exo.store.get('x')") == [.integer(1)])
    }

    @Test func aRenderMayReadButNotWrite() async throws {
        let runtime = try await Self.load(storeDirectory: nil)
        let error = await #expect(throws: PluginError.self) {
            try await runtime.evaluate("exo.store.set('x', 1)", context: .render)
        }
        #expect(error?.luaFailure?.message.contains("cannot be called in the render context") == true)
    }
}
