public import Foundation

/// The fields of a Nova server that a listing shows, decoded from the same `GET /servers/detail`
/// body as ``Server`` but skipping metadata, security groups, flavor extra specs and the rest.
///
/// Listing thousands of servers spends most of its client time decoding; reading a third of the
/// keys of each server (and none of its nested dictionaries) roughly halves that. Use ``Server``
/// (``ComputeClient/showServer(id:)``) when every field matters.
public struct ServerSummary: Sendable, Hashable, Decodable, Identifiable {
    /// The server's UUID.
    public var id: String
    /// The name; absent for servers in a down cell (2.69+).
    public var name: String?
    /// The status.
    public var status: ServerStatus?
    /// The owning project's id.
    public var tenantID: String?
    /// The task in progress (`OS-EXT-STS:task_state`), such as `spawning` or `rebooting`.
    public var taskState: String?
    /// The VM state (`OS-EXT-STS:vm_state`), such as `active` or `shelved_offloaded`.
    public var vmState: String?
    /// The flavor's name from 2.47 (`flavor.original_name`), else its id.
    public var flavorName: String?
    /// The image it booted from; `nil` when it booted from a volume (Nova sends `""`).
    public var imageID: String?
    /// Addresses by network name, without their MAC addresses (``Server`` has them).
    public var addresses: [String: [ServerAddress]]?
    /// The key pair's name.
    public var keyName: String?
    /// When it was created.
    public var created: Date?
    /// When it last changed.
    public var updated: Date?
    /// Whether it is locked (2.9+).
    public var locked: Bool?

    private enum CodingKeys: String, CodingKey {
        case id, name, status, addresses, image, flavor, created, updated, locked
        case tenantID = "tenant_id"
        case taskState = "OS-EXT-STS:task_state"
        case vmState = "OS-EXT-STS:vm_state"
        case keyName = "key_name"
    }

    private enum ReferenceKeys: String, CodingKey {
        case id
        case originalName = "original_name"
    }

    /// Decodes the listing fields of one element of `servers` in "List Servers Detailed".
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        // As text, then wrapped: the same value as decoding `ServerStatus`, without the decoder's
        // generic path (a nested decoder per server).
        status = try c.decodeIfPresent(String.self, forKey: .status).map(ServerStatus.init(rawValue:))
        tenantID = try c.decodeIfPresent(String.self, forKey: .tenantID)
        taskState = try c.decodeIfPresent(String.self, forKey: .taskState)
        vmState = try c.decodeIfPresent(String.self, forKey: .vmState)
        addresses = try Self.addresses(in: c)
        keyName = try c.decodeIfPresent(String.self, forKey: .keyName)
        created = try c.decodeTimestampIfPresent(forKey: .created)
        updated = try c.decodeTimestampIfPresent(forKey: .updated)
        locked = try c.decodeIfPresent(Bool.self, forKey: .locked)
        // Compute API ref: `image` is "" for a server booted from a volume, else `{id, links}`. The
        // object is tried first: it is what almost every server has, and a failed try costs an error.
        if let image = try? c.nestedContainer(keyedBy: ReferenceKeys.self, forKey: .image) {
            imageID = try image.decodeIfPresent(String.self, forKey: .id)
        } else {
            imageID = nil
        }
        // Before 2.47 `flavor` is `{id, links}`; from 2.47 the flavor's own fields with `original_name`.
        if c.contains(.flavor), !(try c.decodeNil(forKey: .flavor)) {
            let flavor = try c.nestedContainer(keyedBy: ReferenceKeys.self, forKey: .flavor)
            flavorName = try flavor.decodeIfPresent(String.self, forKey: .originalName)
                ?? flavor.decodeIfPresent(String.self, forKey: .id)
        } else {
            flavorName = nil
        }
    }

    /// `addresses` read through nested containers: what decoding `[String: [ServerAddress]]` gives,
    /// but for the MAC addresses, which no listing shows, and without the generic dictionary and
    /// array decoding (about a twentieth of a listing's decode).
    private static func addresses(in c: KeyedDecodingContainer<CodingKeys>) throws -> [String: [ServerAddress]]? {
        guard c.contains(.addresses), !(try c.decodeNil(forKey: .addresses)) else { return nil }
        let networks = try c.nestedContainer(keyedBy: DynamicKey.self, forKey: .addresses)
        var addresses: [String: [ServerAddress]] = [:]
        for network in networks.allKeys {
            var list = try networks.nestedUnkeyedContainer(forKey: network)
            var entries: [ServerAddress] = []
            while !list.isAtEnd {
                let entry = try list.nestedContainer(keyedBy: ServerAddress.CodingKeys.self)
                entries.append(ServerAddress(
                    address: try entry.decode(String.self, forKey: .address),
                    version: try entry.decodeIfPresent(Int.self, forKey: .version),
                    type: try entry.decodeIfPresent(String.self, forKey: .type),
                    macAddress: nil))
            }
            addresses[network.stringValue] = entries
        }
        return addresses
    }
}
