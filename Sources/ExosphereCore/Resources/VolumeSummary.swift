public import Foundation
import OpenStackAPI

/// A Cinder volume as Exosphere shows it: size, state and where it is attached.
public struct VolumeSummary: Sendable, Hashable, Codable {
    /// Cinder's volume id.
    public var id: String
    /// The name (empty when it has none).
    public var name: String
    /// Cinder's status: `creating`, `available`, `attaching`, `in-use`, `detaching`, `extending`…
    public var status: String
    /// Size in GiB.
    public var sizeGiB: Int
    /// Whether it can be booted from.
    public var bootable: Bool
    /// Where it is attached.
    public var attachments: [VolumePlacement]
    /// User metadata, such as Exosphere's `exosphere_created_for`.
    public var metadata: [String: String]
    /// When it was created.
    public var created: Date?
    /// The project that owns it.
    public var project: ProjectSummary

    /// The name if it has one, else the id.
    public var displayName: String { name.isEmpty ? id : name }
}

/// Where a volume is attached: the instance and the guest's device path.
public struct VolumePlacement: Sendable, Hashable, Codable {
    /// The instance's id.
    public var instanceID: String
    /// The instance's name, when known.
    public var instanceName: String?
    /// The device path in the guest, such as `/dev/vdb`.
    public var device: String?
}

extension VolumeSummary {
    /// The one place wire volumes become summaries; the size is bounded to 0…2^53 (``CloudNumber``).
    init(volume: Volume, project: ProjectSummary, instanceNames: [String: String] = [:]) {
        self.init(
            id: volume.id, name: volume.name ?? "", status: volume.status, sizeGiB: CloudNumber.count(volume.size),
            bootable: volume.bootable ?? false,
            attachments: volume.attachments.compactMap { attachment in
                attachment.serverID.map {
                    VolumePlacement(instanceID: $0, instanceName: instanceNames[$0], device: attachment.device)
                }
            },
            metadata: volume.metadata ?? [:], created: volume.createdAt, project: project)
    }
}
