@testable import OpenStackAPI

/// How the client reads one kind of response: which wire model, under which key.
struct ShapeReader: Sendable {
    /// The request, written the same way for both back ends (`GET /servers/detail`).
    let request: String
    private let read: @Sendable (JSONNode, KeyReads) throws -> Void

    /// Decodes `body` with the client's model, noting the keys it reads.
    func reads(of body: JSONNode) throws -> KeyReads {
        let reads = KeyReads()
        try read(body, into: reads)
        return reads
    }

    /// Decodes `body` with the client's model, noting the keys it reads in `reads`; what was read
    /// before a decoding error stays noted.
    func read(_ body: JSONNode, into reads: KeyReads) throws {
        try read(body, reads)
    }

    /// A collection: an array of `T` under `key`.
    static func list<T: Decodable>(_ request: String, key: String, _ type: T.Type) -> ShapeReader {
        ShapeReader(request: request) { body, reads in
            reads.record(key)
            guard case .array(let items) = body[key] else {
                throw ContractError.unexpected("\(request): no array \(key)")
            }
            for item in items {
                _ = try ReadRecordingDecoder.decode(type, from: item, at: key + "[]", reads: reads)
            }
        }
    }

    /// One `T`, at the end of `keys` (`["server"]`, `["limits", "absolute"]`, or `[]` for the body).
    static func object<T: Decodable>(_ request: String, at keys: [String], _ type: T.Type) -> ShapeReader {
        ShapeReader(request: request) { body, reads in
            var node = body
            var path = ""
            for key in keys {
                path = KeyReads.join(path, key)
                reads.record(path)
                guard let next = node[key] else { throw ContractError.unexpected("\(request): no \(path)") }
                node = next
            }
            _ = try ReadRecordingDecoder.decode(type, from: node, at: path, reads: reads)
        }
    }

    /// Every response the shape test compares.
    static let all: [ShapeReader] = [
        object("POST /v3/auth/tokens", at: [], TokenResponseBody.self),
        list("GET /v3/auth/projects", key: "projects", AuthProject.self),
        object("POST /servers", at: ["server"], CreatedServer.self),
        list("GET /servers/detail", key: "servers", Server.self),
        object("GET /servers/{id}", at: ["server"], Server.self),
        list("GET /flavors/detail", key: "flavors", Flavor.self),
        object("POST /os-keypairs", at: ["keypair"], Keypair.self),
        list("GET /os-keypairs", key: "keypairs", ComputeClient.KeypairListEntry.self),
        object("GET /os-keypairs/{name}", at: ["keypair"], Keypair.self),
        object("GET /limits (compute)", at: ["limits", "absolute"], ComputeLimits.self),
        object("GET /os-simple-tenant-usage/{id}", at: ["tenant_usage"], TenantUsage.self),
        object("POST /servers/{id}/os-volume_attachments", at: ["volumeAttachment"], VolumeAttachment.self),
        list("GET /servers/{id}/os-volume_attachments", key: "volumeAttachments", VolumeAttachment.self),
        list("GET /v2/images", key: "images", Image.self),
        object("GET /v2/images/{id}", at: [], Image.self),
        list("GET /v2.0/networks", key: "networks", Network.self),
        list("GET /v2.0/subnets", key: "subnets", Subnet.self),
        list("GET /v2.0/routers", key: "routers", Router.self),
        list("GET /v2.0/ports", key: "ports", Port.self),
        object("POST /v2.0/floatingips", at: ["floatingip"], FloatingIP.self),
        list("GET /v2.0/floatingips", key: "floatingips", FloatingIP.self),
        list("GET /v2.0/security-groups", key: "security_groups", SecurityGroup.self),
        object("POST /volumes", at: ["volume"], Volume.self),
        list("GET /volumes/detail", key: "volumes", Volume.self),
        object("GET /volumes/{id}", at: ["volume"], Volume.self),
        object("GET /limits (volume)", at: ["limits", "absolute"], BlockStorageLimits.self),
        list("GET /attachments", key: "attachments", BlockStorageAttachment.self),
    ]
}
