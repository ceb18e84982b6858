import Foundation
import Localization
import Testing

@testable import WebUI

@Suite("Templates in dev mode")
struct TemplateReloadTests {
    @Test("a changed template shows on the next render, with no rebuild; bundled mode keeps the first")
    func reload() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("page.mustache")
        try Data("<p>{{#t}}Before{{/t}} {{page}}</p>".utf8).write(to: file)
        let dev = try TemplateRenderer(directory: folder, reloads: true)
        let bundled = try TemplateRenderer(directory: folder, reloads: false)
        let chrome = PageChrome(
            appTitle: "A", pageTitle: "T", lang: "en", colorMode: "auto", themeCSS: "/t.css", logo: nil, favicon: nil, csrf: "",
            section: .none, notice: nil, multiUser: false)
        #expect(try dev.render("page", page: "x", chrome: chrome, localizer: SourceLanguageLocalizer()) == "<p>Before x</p>")

        try Data("<p>{{#t}}After{{/t}} {{page}}</p>".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        #expect(try dev.render("page", page: "x", chrome: chrome, localizer: SourceLanguageLocalizer()) == "<p>After x</p>")
        #expect(try bundled.render("page", page: "x", chrome: chrome, localizer: SourceLanguageLocalizer()) == "<p>Before x</p>")
    }

    @Test("with a check interval, the folder is looked at no more often than that (the server uses one second)")
    func throttled() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("page.mustache")
        try Data("<p>Before</p>".utf8).write(to: file)
        let renderer = try TemplateRenderer(directory: folder, reloads: true, checkInterval: .seconds(3_600))
        let chrome = PageChrome(
            appTitle: "A", pageTitle: "T", lang: "en", colorMode: "auto", themeCSS: "/t.css", logo: nil, favicon: nil, csrf: "",
            section: .none, notice: nil, multiUser: false)
        #expect(try renderer.render("page", page: "x", chrome: chrome, localizer: SourceLanguageLocalizer()) == "<p>Before</p>")
        try Data("<p>After</p>".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        #expect(try renderer.render("page", page: "x", chrome: chrome, localizer: SourceLanguageLocalizer()) == "<p>Before</p>")
    }

    @Test("a template that does not parse is an error naming it")
    func broken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{{#open}} never closed".utf8).write(to: folder.appendingPathComponent("bad.mustache"))
        #expect {
            try TemplateRenderer(directory: folder, reloads: true)
        } throws: { error in
            guard case WebUIError.template(let name, _) = error else { return false }
            return name == "bad"
        }
    }
}
