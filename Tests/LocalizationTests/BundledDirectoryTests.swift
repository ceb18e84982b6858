import Foundation
import Testing

@testable import Localization

struct BundledDirectoryTests {
    @Test("EXOSPHERE_LOCALES wins over every other place")
    func environment() {
        let found = MessageCatalogs.bundledDirectory(
            environment: ["EXOSPHERE_LOCALES": "/srv/locales"], executablePath: "/usr/bin/exosphere")
        #expect(found == "/srv/locales")
    }

    @Test("an executable built in a checkout finds the checkout's locales folder")
    func buildTree() {
        let root = Fixtures.repositoryRoot
        let found = MessageCatalogs.bundledDirectory(
            environment: [:], executablePath: root + "/.build/x86_64-unknown-linux-gnu/debug/exosphere")
        #expect(found == root + "/locales")
    }

    @Test("an installed executable finds share/exosphere/locales beside its bin folder; nothing found is nil")
    func installed() throws {
        let prefix = NSTemporaryDirectory() + "exosphere-prefix-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        #expect(MessageCatalogs.bundledDirectory(environment: [:], executablePath: prefix + "/bin/exosphere") == nil)
        try FileManager.default.createDirectory(atPath: prefix + "/share/exosphere/locales", withIntermediateDirectories: true)
        let found = MessageCatalogs.bundledDirectory(environment: [:], executablePath: prefix + "/bin/exosphere")
        #expect(found == prefix + "/share/exosphere/locales")
    }
}
