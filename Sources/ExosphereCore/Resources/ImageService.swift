public import Foundation
import OpenStackAPI

/// A project's images: list, upload a disk image, delete one the project owns (Glance).
///
/// Reach it as `session.images` (``CloudSession/images``).
public struct ImageService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    /// The images `project` can see, hidden and inactive ones included (``ImageCatalog`` leaves
    /// them out).
    public func list(in project: ProjectSummary) async throws -> [ImageSummary] {
        try await session.imageClient(for: project).listImages().map { ImageSummary(image: $0, project: project) }
    }

    /// Uploads a local disk image as a private image of `project` and returns once Glance has it
    /// `active` (Image API reference: create the record, then `PUT …/file`).
    ///
    /// - Parameters:
    ///   - diskFormat: `qcow2`, `raw`…; guessed from the file's extension when `nil`.
    ///   - progress: Called as the file is sent (per MiB when streamed from disk), then while
    ///     Glance stores it, and once it is active.
    /// - Throws: ``CoreError/resource(_:)`` when the file cannot be read or Glance does not finish
    ///   within `wait`'s timeout.
    public func upload(
        file: URL, name: String, diskFormat: String? = nil, in project: ProjectSummary, wait: WaitPolicy = WaitPolicy(),
        progress: (@Sendable (UploadProgress) -> Void)? = nil
    ) async throws -> ImageSummary {
        let total = try Self.size(of: file)
        let images = try await session.services(for: project).image
        let format = diskFormat ?? Self.diskFormat(of: file)
        let created = try await images.createImage(ImageCreateRequest(name: name, diskFormat: format, visibility: .private))
        progress?(UploadProgress(stage: .sending, bytes: 0, totalBytes: total))
        try await images.uploadImageData(id: created.id, file: file, length: total) { sent in
            progress?(UploadProgress(stage: .sending, bytes: sent, totalBytes: total))
        }
        let clock = ContinuousClock()
        let start = clock.now
        var interval = wait.initialInterval
        while true {
            let image = try await images.showImage(id: created.id)
            if image.status == .active {
                progress?(UploadProgress(stage: .done, bytes: total, totalBytes: total))
                return ImageSummary(image: image, project: project)
            }
            if image.status == .killed {
                throw CoreError.resource(.timedOut(kind: "image", name, seconds: 0, lastStatus: "killed"))
            }
            progress?(UploadProgress(stage: .processing, bytes: total, totalBytes: total))
            let elapsed = start.duration(to: clock.now)
            guard elapsed < wait.timeout else {
                throw CoreError.resource(
                    .timedOut(kind: "image", name, seconds: wait.timeoutSeconds, lastStatus: image.status?.rawValue ?? "unknown"))
            }
            try await Task.sleep(for: min(interval, wait.timeout - elapsed))
            interval = wait.next(after: interval)
        }
    }

    /// Deletes an image the project owns.
    ///
    /// - Throws: ``CoreError/resource(_:)`` for an image of another project (public images belong
    ///   to the cloud).
    public func delete(_ nameOrID: String, in project: ProjectSummary) async throws {
        let images = try await session.services(for: project).image
        let id = try await CloudSession.imageID(nameOrID, images: images)
        let image = try await images.showImage(id: id)
        guard image.owner == project.id else { throw CoreError.resource(.notOwnImage(image.name ?? id)) }
        try await images.deleteImage(id: id)
    }

    static func diskFormat(of file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "img", "raw": "raw"
        case "iso": "iso"
        case "vmdk": "vmdk"
        case "vdi": "vdi"
        case "vhd": "vhd"
        case "vhdx": "vhdx"
        default: "qcow2"
        }
    }

    /// The file's size in bytes, checking that it can be read.
    static func size(of file: URL) throws -> Int64 {
        guard FileManager.default.isReadableFile(atPath: file.path),
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let size = (attributes[.size] as? NSNumber)?.int64Value
        else {
            throw CoreError.resource(.unreadableFile(path: file.path, reason: "it does not exist or is not readable"))
        }
        return size
    }
}

extension CloudSession {
    /// The images of this cloud's projects.
    public nonisolated var images: ImageService { ImageService(session: self) }
}
