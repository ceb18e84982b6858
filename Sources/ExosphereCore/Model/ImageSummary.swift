public import Foundation
import OpenStackAPI

/// An image a project can boot from.
public struct ImageSummary: Sendable, Hashable, Codable {
    /// Glance's image id.
    public var id: String
    /// The image's name.
    public var name: String
    /// Glance's status (`active`, `queued`, …).
    public var status: String
    /// `public`, `private`, `shared` or `community`.
    public var visibility: String
    /// Size of the image data, in bytes, once uploaded.
    public var sizeBytes: Int64?
    /// Whether it is a snapshot of an instance rather than a base image.
    public var isSnapshot: Bool
    /// When it was created.
    public var created: Date?
    /// The project it was listed for.
    public var project: ProjectSummary
    /// The operating system in words, such as `Ubuntu 22.04`, when the image says or its name shows.
    public var operatingSystem: String?

    /// Creates an image summary.
    public init(
        id: String, name: String, status: String, visibility: String, sizeBytes: Int64? = nil,
        isSnapshot: Bool = false, created: Date? = nil, project: ProjectSummary
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.visibility = visibility
        self.sizeBytes = sizeBytes
        self.isSnapshot = isSnapshot
        self.created = created
        self.project = project
    }

    init(image: Image, project: ProjectSummary) {
        // Nova's createImage sets the image property image_type=snapshot (Compute API ref,
        // "Create Image (createImage Action)"; Glance keeps it as a free-form property). A size
        // below zero is a cloud's nonsense, shown as no size rather than as "-8 EB".
        self.init(
            id: image.id, name: image.name ?? "", status: image.status?.rawValue ?? "unknown",
            visibility: image.visibility?.rawValue ?? "unknown", sizeBytes: image.size.flatMap { $0 < 0 ? nil : $0 },
            isSnapshot: image.properties["image_type"] == "snapshot", created: image.createdAt, project: project)
        operatingSystem = OperatingSystemName.describe(properties: image.properties, imageName: image.name ?? "")
    }
}
