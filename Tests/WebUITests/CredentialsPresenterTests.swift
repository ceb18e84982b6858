import ExosphereCore
import Foundation
import Testing

@testable import WebUI

@Suite("Credentials presenter")
struct CredentialsPresenterTests {
    struct Unreachable: Error {}

    @Test("the form lists every project, the clouds that failed, and a name stamped in UTC")
    func page() {
        let listing = Listing(
            items: [ProjectSummary(cloud: "a/b", id: "p 1", name: "lab")], failures: [ListingFailure(cloud: "down", error: Unreachable())])
        let page = CredentialsPresenter.page(listing, now: Date(timeIntervalSince1970: 1_795_637_640), localizer: ShoutingLocalizer())
        #expect(page.suggestedName == "exosphere-20261125-2014")
        #expect(page.projects.map(\.value) == ["a%2Fb/p%201"])
        #expect(page.projects.map(\.label) == ["a/b / lab"])
        #expect(page.failures.map(\.cloud) == ["down"])
        #expect(page.failures.map(\.message) == ["THE CLOUD COULD NOT BE REACHED."])
    }

    @Test("the stamp is minutes in UTC, zero-padded")
    func stamp() {
        #expect(CredentialsPresenter.stamp(Date(timeIntervalSince1970: 0)) == "19700101-0000")
        #expect(CredentialsPresenter.stamp(Date(timeIntervalSince1970: 59)) == "19700101-0000")
        #expect(CredentialsPresenter.stamp(Date(timeIntervalSince1970: 9 * 3600 + 5 * 60)) == "19700101-0905")
    }
}
