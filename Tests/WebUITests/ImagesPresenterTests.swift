import ExosphereCore
import Testing

@testable import WebUI

@Suite("Images presenter")
struct ImagesPresenterTests {
    @Test("snapshots are marked as the launch form sorts them, and the upload form states its limit")
    func page() {
        let images = LifecycleFixtures.images(10)
        let page = ImagesPresenter.page(
            tabs: LifecycleFixtures.tabs(.images), images: images, projectID: LifecycleFixtures.project.id,
            settings: LifecycleFixtures.settings, maximumUploadBytes: 1 << 30, localizer: ShoutingLocalizer())
        let snapshots = ImageCatalog(images: images, settings: LifecycleFixtures.settings).snapshots.map(\.id)
        #expect(!snapshots.isEmpty)
        #expect(Set(page.images.filter(\.isSnapshot).map(\.id)) == Set(snapshots))
        #expect(page.images.count == images.count)
        #expect(page.upload?.maximumBytes == 1 << 30)
    }
}
