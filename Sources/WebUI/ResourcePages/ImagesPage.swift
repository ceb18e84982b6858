import ExosphereCore
import Localization

/// The images the project can see, with operating system names; the project's own can be deleted.
struct ImagesPage: Sendable {
    struct Row: Sendable {
        var id: String
        var name: String
        var operatingSystem: String?
        var status: String
        var visibility: String
        var sizeMiB: Int64?
        var isOwn: Bool
        var isSnapshot: Bool
    }

    var tabs: ResourceTabs
    var images: [Row]
    /// The upload form, when the page offers one.
    var upload: ImageUploadForm?

    init(tabs: ResourceTabs, images: [ImageSummary], projectID: String, snapshotIDs: Set<String>) {
        self.tabs = tabs
        self.images = images.map { image in
            Row(
                id: image.id, name: image.displayName, operatingSystem: image.operatingSystem, status: image.status,
                visibility: image.visibility, sizeMiB: image.sizeBytes.map { $0 / 1_048_576 }, isOwn: image.owner == projectID,
                isSnapshot: snapshotIDs.contains(image.id))
        }
        .sorted { ($0.isOwn ? 0 : 1, $0.name) < ($1.isOwn ? 0 : 1, $1.name) }
    }

    var isEmpty: Bool { images.isEmpty }
}

extension ImagesPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
