import CloudConfig
import ExosphereCore
import Localization

/// Turns a project's images into the Images page: its snapshots marked as the launch form sorts
/// them, and the upload form with its size limit.
enum ImagesPresenter {
    /// The Images page of the project `projectID`.
    static func page(
        tabs: ResourceTabs, images: [ImageSummary], projectID: String, settings: LaunchSettings, maximumUploadBytes: Int64,
        localizer: any MessageLocalizer
    ) -> ImagesPage {
        let snapshots = ImageCatalog(images: images, settings: settings).snapshots.map(\.id)
        var page = ImagesPage(tabs: tabs, images: images, projectID: projectID, snapshotIDs: Set(snapshots))
        page.upload = ImageUploadForm(maximumBytes: maximumUploadBytes, localizer: localizer)
        return page
    }
}
