import Foundation
import Localization
import Mustache
import Synchronization

/// Renders the Mustache templates in `Resources/templates`.
///
/// In dev mode (the source tree was found) the templates are read from the source folder and
/// reloaded when any file there changes, so editing a template needs no rebuild; otherwise they
/// come from the bundled resources, loaded once.
final class TemplateRenderer: Sendable {
    private struct Loaded: Sendable {
        var library: MustacheLibrary
        var stamp: Date
        var checked = ContinuousClock.now
    }

    /// Where the templates are read from.
    let directory: URL
    /// Whether changes on disk are picked up.
    let reloads: Bool
    /// How long a look at the folder stays good: every render would otherwise read the
    /// modification time of every template.
    let checkInterval: Duration
    private let loaded: Mutex<Loaded>
    private let translations = TranslationCache()
    private let layouts = RecentlyUsedCache<RenderedLayout.Key, RenderedLayout?>(limit: 16)

    /// Loads every `*.mustache` in `directory`.
    ///
    /// - Throws: ``WebUIError/template(name:reason:)`` when a template does not parse.
    /// - Parameter checkInterval: In dev mode, how often the folder is looked at for changes.
    init(directory: URL, reloads: Bool, checkInterval: Duration = .zero) throws {
        self.directory = directory
        self.reloads = reloads
        self.checkInterval = checkInterval
        loaded = Mutex(try Self.load(directory))
    }

    /// `template` rendered with `page` under the name `page`, the shared `chrome`, and the `t`
    /// lambda that translates `{{#t}}English text{{/t}}` through `localizer`.
    func render(_ template: String, page: Any, chrome: PageChrome, localizer: any MessageLocalizer) throws -> String {
        try render(template, context: ["page": page, "chrome": chrome, "t": Translation.lambda(localizer, cache: translations)])
    }

    /// A page whose `template` is its body alone (no `{{<layout}}`): the body rendered with `page`
    /// and the `t` lambda but without the chrome, then placed in the layout with this request's
    /// `chrome`. With a `cache`, a body already rendered for an equal page and an equally
    /// translating localizer is reused; the body cannot read the chrome, so nothing of one
    /// person's (CSRF token, notices, dismissed announcements) is ever shared. The layout is
    /// reused too, for an equal chrome but its token (see ``RenderedLayout``).
    func render<Page: Hashable & Sendable>(
        body template: String, page: Page, chrome: PageChrome, localizer: any MessageLocalizer, cache: RenderedBodyCache<Page>? = nil
    ) throws -> String {
        let lambda = Translation.lambda(localizer, cache: translations)
        let renderBody = { try self.render(template, context: ["page": page, "t": lambda]) }
        let inLayout = { (body: String, chrome: PageChrome) in try self.render("layout-body", context: ["body": body, "chrome": chrome, "t": lambda]) }
        guard let identity = localizer.cacheIdentity else { return try inLayout(renderBody(), chrome) }
        let body = try cache?.value(for: RenderedBodyKey(template: template, page: page, localizer: identity), make: renderBody) ?? renderBody()
        let key = RenderedLayout.key(chrome, localizer: identity)
        let layout = try layouts.value(for: key) { RenderedLayout(cutting: try inLayout(RenderedLayout.bodyMarker, key.chrome)) }
        guard let layout else { return try inLayout(body, chrome) }
        return layout.page(body: body, csrf: chrome.csrf)
    }

    private func render(_ template: String, context: [String: Any]) throws -> String {
        guard let html = try currentLibrary().render(context, withTemplate: template) else {
            throw WebUIError.template(name: template, reason: "no such template")
        }
        return html
    }

    /// Why pages cannot be rendered now (a template that stopped parsing after an edit, the
    /// layout gone), or `nil` when they can: what `/readyz` reports.
    func unreadiness() -> String? {
        do {
            guard try currentLibrary().getTemplate(named: "layout") != nil else { return "the layout template is missing" }
            return nil
        } catch {
            return String(describing: error)
        }
    }

    private func currentLibrary() throws -> MustacheLibrary {
        guard reloads else { return loaded.withLock { $0.library } }
        let now = ContinuousClock.now
        if let recent = loaded.withLock({ now - $0.checked < checkInterval ? $0.library : nil }) { return recent }
        let stamp = Self.stamp(directory)
        if let library = loaded.withLock({ current -> MustacheLibrary? in
            guard current.stamp == stamp else { return nil }
            current.checked = now
            return current.library
        }) {
            return library
        }
        let fresh = try Self.load(directory)
        loaded.withLock { $0 = fresh }
        return fresh.library
    }

    private static func load(_ directory: URL) throws -> Loaded {
        var library = MustacheLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in names where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let text = (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw WebUIError.template(name: name, reason: String(describing: error))
            }
        }
        return Loaded(library: library, stamp: stamp(directory))
    }

    /// The newest modification time in `directory`: any edit moves it.
    /// The latest change to the templates: a file's edit, or (through the folder's own time) one
    /// added, removed or renamed.
    private static func stamp(_ directory: URL) -> Date {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let paths = [directory.path] + names.map { directory.appendingPathComponent($0).path }
        return paths.compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }.max() ?? .distantPast
    }
}
