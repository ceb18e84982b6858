import Localization
import Testing

@testable import WebUI

@Suite("Extension action presenter")
struct ExtensionActionPresenterTests {
    struct Broken: Error {}

    static let action = ExtensionItem(plugin: "tickets", id: "file", title: "File a ticket")

    @Test("the plugin's own sentence is the result; without one, that it was done or failed")
    func outcomes() {
        let localizer = SourceLanguageLocalizer()
        let said = ExtensionActionPresenter.notice(Self.action, outcome: ExtensionActionOutcome(message: "Ticket 42 filed.", isError: false), localizer: localizer)
        #expect(said == "File a ticket: Ticket 42 filed.")
        let done = ExtensionActionPresenter.notice(Self.action, outcome: ExtensionActionOutcome(message: nil, isError: false), localizer: localizer)
        #expect(done == "File a ticket: done.")
        let failed = ExtensionActionPresenter.notice(Self.action, outcome: ExtensionActionOutcome(message: nil, isError: true), localizer: localizer)
        #expect(failed == "File a ticket: it failed.")
    }

    @Test("an action that threw says so, with the error in words")
    func failure() {
        let notice = ExtensionActionPresenter.notice(Self.action, failure: Broken(), localizer: SourceLanguageLocalizer())
        #expect(notice == "File a ticket failed: The cloud refused the request.")
    }
}
