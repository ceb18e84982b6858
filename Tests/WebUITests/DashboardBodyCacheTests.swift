import ExosphereCore
import Foundation
import Localization
import Testing

@testable import WebUI

/// The dashboard's body is rendered once per content and language, and never carries anything
/// of one person's into another's page.
@Suite struct DashboardBodyCacheTests {
    let renderer: TemplateRenderer
    let catalogs = MessageCatalogs(directories: [LanguageChoiceTests.locales])

    init() throws {
        renderer = try TemplateRenderer(directory: TestWebApp.resources.templates, reloads: false)
    }

    func chrome(csrf: String, notice: String) -> PageChrome {
        var chrome = PageChrome(
            appTitle: "Exosphere", pageTitle: "Dashboard", lang: "en", colorMode: "auto", themeCSS: "/theme/default.css", logo: nil,
            favicon: nil, csrf: csrf, section: .dashboard, notice: .init(text: notice, isError: false), multiUser: true)
        chrome.announcements = [AnnouncementBanner(id: "a1", text: "Maintenance", level: "info", isCritical: false)]
        return chrome
    }

    func page(_ count: Int, localizer: any MessageLocalizer) -> DashboardPage {
        DashboardPage(instances: Listing(items: InstanceFixtures.make(count: count)), cloudNames: ["cloud0"], localizer: localizer)
    }

    @Test func anUnchangedPageIsRenderedOnceAndServedAsIfRenderedAnew() throws {
        let cache = RenderedBodyCache<DashboardPage>()
        let localizer = SourceLanguageLocalizer()
        let page = page(50, localizer: localizer)
        let first = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "t1", notice: "N1"), localizer: localizer, cache: cache)
        let again = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "t1", notice: "N1"), localizer: localizer, cache: cache)
        let uncached = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "t1", notice: "N1"), localizer: localizer)
        #expect(cache.misses == 1)
        #expect(again == first)
        #expect(uncached == first)
        #expect(first.contains("50 instances in 1 clouds"))
    }

    @Test func eachRequestKeepsItsOwnTokenNoticeAndAnnouncementsAroundASharedBody() throws {
        let cache = RenderedBodyCache<DashboardPage>()
        let localizer = SourceLanguageLocalizer()
        let page = page(5, localizer: localizer)
        let alice = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "alice-token", notice: "Hello Alice"), localizer: localizer, cache: cache)
        let bob = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "bob-token", notice: "Hello Bob"), localizer: localizer, cache: cache)
        #expect(cache.misses == 1)
        #expect(alice.contains("value=\"alice-token\"") && alice.contains("Hello Alice"))
        #expect(bob.contains("value=\"bob-token\"") && bob.contains("Hello Bob"))
        #expect(!bob.contains("alice") && !bob.contains("Alice"))
    }

    /// The source language, without saying how it translates: pages render without any cache.
    struct UncachedEnglish: MessageLocalizer {
        var languageTag: String { "en" }
        func text(_ message: LocalizableMessage) -> String { SourceLanguageLocalizer().text(message) }
        func text(_ message: LocalizableMessage, plural: String, count: Int) -> String {
            SourceLanguageLocalizer().text(message, plural: plural, count: count)
        }
    }

    @Test func aKeptLayoutGetsEachRequestsOwnTokenAndReadsAsARenderWithoutCaches() throws {
        let cache = RenderedBodyCache<DashboardPage>()
        let localizer = SourceLanguageLocalizer()
        let page = page(5, localizer: localizer)
        let first = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "first-token", notice: "N"), localizer: localizer, cache: cache)
        let second = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "second-token", notice: "N"), localizer: localizer, cache: cache)
        let direct = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "second-token", notice: "N"), localizer: UncachedEnglish())
        #expect(first.contains("value=\"first-token\"") && !first.contains("second-token"))
        #expect(second.contains("value=\"second-token\"") && !second.contains("first-token"))
        #expect(second == direct)
    }

    @Test func aChangedStoreRendersTheBodyAgain() throws {
        let cache = RenderedBodyCache<DashboardPage>()
        let localizer = SourceLanguageLocalizer()
        let before = try renderer.render(body: "dashboard", page: page(5, localizer: localizer), chrome: chrome(csrf: "t", notice: "n"), localizer: localizer, cache: cache)
        let after = try renderer.render(body: "dashboard", page: page(6, localizer: localizer), chrome: chrome(csrf: "t", notice: "n"), localizer: localizer, cache: cache)
        #expect(cache.misses == 2)
        #expect(before.contains("5 instances in 1 clouds"))
        #expect(after.contains("6 instances in 1 clouds"))
    }

    @Test func eachLanguageHasItsOwnBody() throws {
        let cache = RenderedBodyCache<DashboardPage>()
        let english = catalogs.localizer(for: LanguagePreference(tags: ["en"]))
        let spanish = catalogs.localizer(for: LanguagePreference(tags: ["es"]))
        #expect(english.cacheIdentity != spanish.cacheIdentity)
        let inEnglish = try renderer.render(body: "dashboard", page: page(5, localizer: english), chrome: chrome(csrf: "t", notice: "n"), localizer: english, cache: cache)
        let inSpanish = try renderer.render(body: "dashboard", page: page(5, localizer: spanish), chrome: chrome(csrf: "t", notice: "n"), localizer: spanish, cache: cache)
        // The same page in Spanish again, from a new localizer over the same catalogues: reused.
        let spanishAgain = catalogs.localizer(for: LanguagePreference(tags: ["es"]))
        let reused = try renderer.render(body: "dashboard", page: page(5, localizer: spanishAgain), chrome: chrome(csrf: "t", notice: "n"), localizer: spanishAgain, cache: cache)
        #expect(cache.misses == 2)
        #expect(inEnglish.contains("Instances by state"))
        #expect(inSpanish.contains("Instancias por estado"))
        #expect(reused == inSpanish)
    }

    @Test func aLocalizerThatCannotSayHowItTranslatesIsNeverCached() throws {
        let cache = RenderedBodyCache<DashboardPage>()
        let localizer = ShoutingLocalizer()
        let page = page(5, localizer: localizer)
        let html = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "t", notice: "n"), localizer: localizer, cache: cache)
        _ = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "t", notice: "n"), localizer: localizer, cache: cache)
        #expect(cache.misses == 0)
        #expect(html.contains("INSTANCES BY STATE"))
    }

    @Test func theLeastRecentlyUsedBodyMakesRoomForANewOne() throws {
        let cache = RenderedBodyCache<DashboardPage>(limit: 2)
        let localizer = SourceLanguageLocalizer()
        let pages = (1...3).map { page($0, localizer: localizer) }
        let render = { (page: DashboardPage) in
            _ = try renderer.render(body: "dashboard", page: page, chrome: chrome(csrf: "t", notice: "n"), localizer: localizer, cache: cache)
        }
        try render(pages[0])
        try render(pages[1])
        try render(pages[0])  // used again: pages[1] is now the oldest
        try render(pages[2])  // replaces pages[1]
        try render(pages[0])
        #expect(cache.misses == 3)
        try render(pages[1])
        #expect(cache.misses == 4)
    }
}
