import Foundation
import OpenStackAPI
import Testing

@testable import ExosphereCore

struct SessionCacheTests {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("exosphere-cache-tests-\(UUID().uuidString)")

    func cache(cloud: String = "mycloud", identity: String = "password:demo") -> SessionCache {
        SessionCache(
            directory: directory, cloud: cloud, authURL: URL(string: "https://keystone.example.org/v3")!,
            region: "RegionOne", identity: identity)
    }

    func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test("the cache folder is 0700 and its files 0600, and a saved document reads back")
    func privateFilesRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = cache()
        var document = SessionCacheDocument()
        document.projects = [ProjectSummary(cloud: "mycloud", id: "p1", name: "genomics")]
        document.projectsFetchedAt = Date(timeIntervalSince1970: 1_800_000_000)
        try cache.save(document)

        #expect(try mode(of: directory.path) == 0o700)
        let file = directory.appendingPathComponent(cache.name + ".json").path
        #expect(try mode(of: file) == 0o600)
        let loaded = cache.load()
        #expect(loaded.projects == document.projects)
        #expect(loaded.projectsFetchedAt == document.projectsFetchedAt)
        // Nothing but the document is left behind (no temporary files).
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [cache.name + ".json"])
    }

    @Test("a damaged or foreign-version cache file reads as empty instead of failing")
    func damagedFileIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = cache()
        try cache.save(SessionCacheDocument())
        let file = directory.appendingPathComponent(cache.name + ".json")
        for content in ["{not json", #"{"version": 99, "tokens": []}"#] {
            try Data(content.utf8).write(to: file)
            let loaded = cache.load()
            #expect(loaded.tokens.isEmpty && loaded.projects == nil)
        }
    }

    @Test("different logins and clouds get different files; the same login gets the same file")
    func fileNamesSeparateLogins() {
        #expect(cache().name == cache().name)
        #expect(cache().name != cache(identity: "password:other").name)
        #expect(cache().name != cache(cloud: "othercloud").name)
        #expect(cache(cloud: "a/../b").name.hasPrefix("a____b-"))
    }
}
