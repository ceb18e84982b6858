public import CloudConfig
import Foundation

/// The images a launch may use, after the operator's policy: exclude filters applied, featured
/// images first, snapshots kept apart.
public struct ImageCatalog: Sendable {
    /// Active base images offered, featured first, then newest first.
    public let offered: [ImageSummary]
    /// Active snapshots of instances, newest first.
    public let snapshots: [ImageSummary]
    private let settings: LaunchSettings

    /// Applies `settings` to the images a project can see.
    public init(images: [ImageSummary], settings: LaunchSettings) {
        self.settings = settings
        let usable = images.filter { image in
            let name = image.name.lowercased()
            return image.status == "active" && !image.isHidden
                && !settings.imageExcludeFilters.contains { !$0.isEmpty && name.contains($0.lowercased()) }
        }
        let newestFirst = usable.sorted { ($0.created ?? .distantPast) > ($1.created ?? .distantPast) }
        snapshots = newestFirst.filter(\.isSnapshot)
        let base = newestFirst.filter { !$0.isSnapshot }
        let featured = { (image: ImageSummary) in Self.isFeatured(image, settings: settings) }
        offered = base.filter(featured) + base.filter { !featured($0) }
    }

    /// Whether the operator features the image (its name starts with the featured prefix).
    public func isFeatured(_ image: ImageSummary) -> Bool { Self.isFeatured(image, settings: settings) }

    private static func isFeatured(_ image: ImageSummary, settings: LaunchSettings) -> Bool {
        guard let prefix = settings.featuredImagePrefix, !prefix.isEmpty else { return false }
        return image.name.hasPrefix(prefix)
    }

    /// The image named or identified by `reference`: an id, else the newest with that exact name.
    public func image(named reference: String) throws(CoreError) -> ImageSummary {
        let all = offered + snapshots
        if let byID = all.first(where: { $0.id == reference }) { return byID }
        if let byName = all.filter({ !$0.name.isEmpty && $0.name == reference }).max(by: Self.older) { return byName }
        throw .imageNotFound(reference, available: offered.map(\.name).filter { !$0.isEmpty })
    }

    /// The newest image matching the operator's instance type named `type`.
    public func image(ofType type: String) throws(CoreError) -> ImageSummary {
        guard let setting = settings.instanceTypes.first(where: { $0.name == type }) else {
            throw .imageNotFound(type, available: settings.instanceTypes.map(\.name))
        }
        let matching = offered.filter { image in
            if let prefix = setting.imageNamePrefix, !image.name.hasPrefix(prefix) { return false }
            if let distro = setting.osDistro, image.osDistro != distro { return false }
            if let version = setting.osVersion, image.osVersion != version { return false }
            return true
        }
        guard let newest = matching.max(by: Self.older) else {
            throw .imageNotFound(type, available: offered.map(\.name).filter { !$0.isEmpty })
        }
        return newest
    }

    /// The image when none is named: the operator's default image or instance type, else the
    /// first offered (a featured one when there are any).
    public func defaultImage() throws(CoreError) -> ImageSummary {
        if let image = settings.defaults.image { return try self.image(named: image) }
        if let type = settings.defaults.instanceType { return try image(ofType: type) }
        guard let first = offered.first else { throw .noImage }
        return first
    }

    private static func older(_ a: ImageSummary, _ b: ImageSummary) -> Bool {
        (a.created ?? .distantPast) < (b.created ?? .distantPast)
    }
}
