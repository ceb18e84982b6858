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
    /// The `os_distro` property, such as `ubuntu`: what the operator's instance types match.
    public var osDistro: String?
    /// The `os_version` property, such as `22.04`.
    public var osVersion: String?
    /// The project that owns the image.
    public var owner: String?
    /// The smallest root disk the image boots on, in GiB (0 when it does not say).
    public var minDiskGiB: Int = 0
    /// The least memory the image boots with, in MiB (0 when it does not say).
    public var minRAMMiB: Int = 0
    /// Whether the image is hidden from default listings (`os_hidden`).
    public var isHidden: Bool = false

    /// The name, or the id when the image has none: what a person is shown.
    public var displayName: String { name.isEmpty ? id : name }

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
        operatingSystem = OperatingSystemName.describe(properties: image.properties, imageName: image.name ?? image.id)
        osDistro = image.properties["os_distro"]
        osVersion = image.properties["os_version"]
        owner = image.owner
        minDiskGiB = CloudNumber.count(image.minDisk ?? 0)
        minRAMMiB = CloudNumber.count(image.minRAM ?? 0)
        isHidden = image.isHidden == true
    }
}
