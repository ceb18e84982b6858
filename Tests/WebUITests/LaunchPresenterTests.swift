import ExosphereCore
import Testing

@testable import WebUI

@Suite("Launch presenter")
struct LaunchPresenterTests {
    struct NoRoom: Error {}

    static func input(_ fields: [String: String]) throws -> LaunchFormInput {
        try LaunchFormInput { fields[$0] }
    }

    @Test("the form offers what the cloud has, with the person's choices selected")
    func form() throws {
        let page = LaunchPresenter.form(
            try Self.input(["cloud": "cloud1", "keypair": "key 1"]), clouds: ["cloud0", "cloud1"], images: LifecycleFixtures.images(4),
            flavors: LifecycleFixtures.flavors(4), keypairs: LifecycleFixtures.keypairs(2), plan: .success(LifecycleFixtures.plan(instances: 1)),
            settings: LifecycleFixtures.settings, localizer: ShoutingLocalizer())
        #expect(page.clouds.filter(\.selected).map(\.value) == ["cloud1"])
        #expect(page.keypairs.map(\.value) == ["key 0", "key 1"])
        #expect(page.keypairs.filter(\.selected).map(\.value) == ["key 1"])
        #expect(page.name == "brave-otter-42")
        #expect(page.problem == nil)
        #expect(!page.imageGroups.isEmpty && !page.flavorGroups.isEmpty)
    }

    @Test("a plan that cannot be made is the form's problem, in the person's language")
    func problem() throws {
        let page = LaunchPresenter.form(
            try Self.input([:]), clouds: ["cloud0"], images: [], flavors: [], keypairs: [], plan: .failure(NoRoom()),
            settings: LifecycleFixtures.settings, localizer: ShoutingLocalizer())
        #expect(page.problem == "THE CLOUD REFUSED THE REQUEST.")
        #expect(page.decisions.isEmpty && page.quota.isEmpty)
    }

    @Test("a failed launch returns to the form with the choices that fit in an address")
    func retryURL() throws {
        let input = try Self.input(["name": "lab one", "image": "img-1", "count": "2", "keypair": "k", "software_jupyter": "on"])
        #expect(LaunchPresenter.retryURL(input, cloud: "c") == "/launch?cloud=c&name=lab%20one&image=img-1&count=2&keypair=k")
        #expect(LaunchPresenter.retryURL(try Self.input([:]), cloud: "c") == "/launch?cloud=c&count=1")
    }
}
