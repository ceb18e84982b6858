import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Theming

extension WebApp {
    /// `/static/app.css`, `/static/app.js`, and each theme's stylesheet, logo and favicon.
    func addAssetRoutes(to router: Router<WebRequestContext>) {
        let assets = self.assets
        let themes = self.themes
        let reloads = configuration.resources.reloads
        let extensionCSS = extensionThemeCSS()
        router.get("/static/:file") { _, context -> Response in
            guard let name = context.parameters.text("file"), let file = assets.file(name) else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok,
                headers: [.contentType: file.type, .cacheControl: reloads ? "no-cache" : "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
        }
        router.get("/theme/:theme") { _, context -> Response in
            guard let file = context.parameters.text("theme"), file.hasSuffix(".css"),
                let entry = try? themes.entry(String(file.dropLast(".css".count)))
            else { throw HTTPError(.notFound) }
            // The URL carries the version, so a changed theme has a new URL: cache hard.
            return Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: ByteBuffer(string: entry.css + extensionCSS)))
        }
        router.get("/theme/:theme/:asset") { _, context -> Response in
            guard let name = context.parameters.text("theme"), let entry = try? themes.entry(name) else { throw HTTPError(.notFound) }
            let asset: ThemeAssetRoute? = context.parameters.text("asset").flatMap(ThemeAssetRoute.init(rawValue:))
            guard let asset, let file = asset == .logo ? entry.theme.logo : entry.theme.favicon,
                let data = FileManager.default.contents(atPath: file.path)
            else { throw HTTPError(.notFound) }
            return Response(
                status: .ok, headers: [.contentType: file.contentType, .cacheControl: "public, max-age=300"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}

/// The two files a theme may bring.
enum ThemeAssetRoute: String {
    case logo, favicon
}
