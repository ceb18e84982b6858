import Foundation

/// The wire form of ``ServerCreateRequest`` for one microversion.
struct ServerCreateBody: Encodable, Sendable {
    enum Networks: Encodable, Sendable {
        case keyword(String)
        case list([ServerNetwork])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .keyword(let word): try container.encode(word)
            case .list(let networks): try container.encode(networks)
            }
        }
    }

    let name: String
    let imageRef: String?
    let flavorRef: String
    let networks: Networks?
    let keyName: String?
    let userData: String?
    let blockDeviceMappings: [BlockDeviceMapping]?
    let minCount: Int?
    let maxCount: Int?
    let securityGroups: [ServerSecurityGroup]?
    let metadata: [String: String]?
    let availabilityZone: String?
    let description: String?
    let tags: [String]?
    let hostname: String?
    let configDrive: Bool?

    enum CodingKeys: String, CodingKey {
        case name, imageRef, flavorRef, networks
        case keyName = "key_name"
        case userData = "user_data"
        case blockDeviceMappings = "block_device_mapping_v2"
        case minCount = "min_count"
        case maxCount = "max_count"
        case securityGroups = "security_groups"
        case metadata
        case availabilityZone = "availability_zone"
        case description, tags, hostname
        case configDrive = "config_drive"
    }

    init(_ request: ServerCreateRequest, client: ComputeClient) throws {
        // Before 2.37 `networks` was optional and meant "all networks"; "auto" and "none" came then.
        switch request.networks {
        case .auto: networks = client.supports("2.37") ? .keyword("auto") : nil
        case .none:
            try client.require(2, 37, for: "Creating a server without networks")
            networks = .keyword("none")
        case .list(let list): networks = .list(list)
        }
        if request.description != nil { try client.require(2, 19, for: "A server description") }
        if request.tags != nil { try client.require(2, 52, for: "Tags at server creation") }
        if request.hostname != nil { try client.require(2, 90, for: "A server hostname") }
        name = request.name
        imageRef = request.imageRef
        flavorRef = request.flavorRef
        keyName = request.keyName
        userData = request.userData.map { Data($0.utf8).base64EncodedString() }
        blockDeviceMappings = request.blockDeviceMappings.isEmpty ? nil : request.blockDeviceMappings
        minCount = request.minCount
        maxCount = request.maxCount
        securityGroups = request.securityGroups?.map(ServerSecurityGroup.init(name:))
        metadata = request.metadata.isEmpty ? nil : request.metadata
        availabilityZone = request.availabilityZone
        description = request.description
        tags = request.tags
        hostname = request.hostname
        configDrive = request.configDrive
    }
}
