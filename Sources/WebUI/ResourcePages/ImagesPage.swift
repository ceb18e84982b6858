import ExosphereCore
import Localization
import OpenStackAPI

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

    init(tabs: ResourceTabs, images: [Image], projectID: String, snapshotIDs: Set<String>) {
        self.tabs = tabs
        self.images = images.map { image in
            let name = image.name ?? image.id
            return Row(
                id: image.id, name: name, operatingSystem: OperatingSystemName.describe(properties: image.properties, imageName: name),
                status: image.status?.rawValue ?? "", visibility: image.visibility?.rawValue ?? "",
                sizeMiB: image.size.map { $0 / 1_048_576 }, isOwn: image.owner == projectID, isSnapshot: snapshotIDs.contains(image.id))
        }
        .sorted { ($0.isOwn ? 0 : 1, $0.name) < ($1.isOwn ? 0 : 1, $1.name) }
    }

    var isEmpty: Bool { images.isEmpty }
}

extension ImagesPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}
