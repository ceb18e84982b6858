import PluginHost
import PluginModel
import Testing
import WebUI

@testable import PluginWeb

/// The rendered-card cache keeps cards apart per viewer and never grows past its bound.
@Suite struct RenderedCardCacheTests {
    @Test func aCardRenderedForOneViewerIsNotShownToAnother() {
        let cache = RenderedCardCache(lifetime: .seconds(60))
        cache.store(.text("Ada's allocation"), for: .init(plugin: "alloc", id: "usage", locale: "en", viewer: "aaaa"))
        #expect(cache.node(for: .init(plugin: "alloc", id: "usage", locale: "en", viewer: "aaaa")) == .text("Ada's allocation"))
        #expect(cache.node(for: .init(plugin: "alloc", id: "usage", locale: "en", viewer: "bbbb")) == nil)
        #expect(cache.node(for: .init(plugin: "alloc", id: "usage", locale: "en", viewer: nil)) == nil)
    }

    @Test func manyViewersNeverGrowItPastItsBound() {
        let cache = RenderedCardCache(lifetime: .seconds(60))
        for viewer in 0..<(RenderedCardCache.maximumEntries * 3) {
            cache.store(.text("card"), for: .init(plugin: "alloc", id: "usage", locale: nil, viewer: String(viewer)))
            #expect(cache.count <= RenderedCardCache.maximumEntries)
        }
        #expect(cache.count > 0)
    }

    @Test func theViewerReachesTheRenderFunctionAsATable() {
        let context = ExtensionContext(
            locale: "es", viewer: ExtensionViewer(id: "0123456789abcdef", clouds: ["js2"], projects: [.init(cloud: "js2", id: "p1", name: "bio101")]))
        let lua = PluginWebExtensions.luaContext(context)
        #expect(lua["locale"].text == "es")
        #expect(lua["viewer"]["id"].text == "0123456789abcdef")
        #expect(lua["viewer"]["clouds"].listItems.map(\.text) == ["js2"])
        #expect(lua["viewer"]["projects"].listItems.first?["name"].text == "bio101")
        #expect(PluginWebExtensions.luaContext(ExtensionContext(locale: nil))["viewer"].isNil)
    }
}
