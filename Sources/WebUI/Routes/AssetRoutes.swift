import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Theming

/// `/static/app.css`, `/static/app.js`, and each theme's stylesheet, logo and favicon.
struct AssetRoutes: Sendable {
    let assets: StaticAssets
    let themes: ThemeStore
    /// Whether files are read again on change (development), so browsers must not keep them.
    let reloads: Bool
    /// The extensions' theme tokens as CSS, added to every theme's stylesheet.
    let extensionCSS: String

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/static/:file") { _, context -> Response in
            guard let name = context.parameters.text("file"), let file = assets.file(name) else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok,
                headers: [.contentType: file.type, .cacheControl: reloads ? "no-cache" : "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
        }
        routes.get("/theme/:theme") { _, context -> Response in
            guard let file = context.parameters.text("theme"), file.hasSuffix(".css"),
                let entry = try? themes.entry(String(file.dropLast(".css".count)))
            else { throw HTTPError(.notFound) }
            // The URL carries the version, so a changed theme has a new URL: cache hard.
            return Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: ByteBuffer(string: entry.css + extensionCSS)))
        }
        routes.get("/theme/:theme/:asset") { _, context -> Response in
            guard let name = context.parameters.text("theme"), let entry = try? themes.entry(name) else { throw HTTPError(.notFound) }
            let asset: ThemeAssetRoute? = context.parameters.text("asset").flatMap(ThemeAssetRoute.init(rawValue:))
            guard let asset, let file = asset == .logo ? entry.theme.logo : entry.theme.favicon,
                let data = FileManager.default.contents(atPath: file.path)
            else { throw HTTPError(.notFound) }
            return Response(
                status: .ok, headers: [.contentType: file.contentType, .cacheControl: "public, max-age=300"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        return routes
    }
}

/// The two files a theme may bring.
enum ThemeAssetRoute: String {
    case logo, favicon
}
