import Foundation
@testable import OpenStackAPI

/// Each service's JSON models, decoded the way the clients decode a cloud's answers.
enum OpenStackJSONTargets {
    static func run(_ target: FuzzTarget, _ data: Data) {
        let decoder = JSONCoding.decoder()
        switch target {
        case .keystone:
            _ = try? decoder.decode(TokenResponseBody.self, from: data)
            _ = try? decoder.decode([OpenStackAPI.ApplicationCredential].self, from: data)
            _ = try? decoder.decode(ServiceCatalog.self, from: data)
        case .nova:
            _ = try? decoder.decode([OpenStackAPI.Server].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.ServerSummary].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.Flavor].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.Keypair].self, from: data)
            _ = try? decoder.decode(ComputeLimits.self, from: data)
        case .glance:
            _ = try? decoder.decode([OpenStackAPI.Image].self, from: data)
        case .neutron:
            _ = try? decoder.decode([OpenStackAPI.Network].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.Port].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.Subnet].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.Router].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.FloatingIP].self, from: data)
            _ = try? decoder.decode([OpenStackAPI.SecurityGroup].self, from: data)
            _ = try? decoder.decode(NetworkQuotaUsage.self, from: data)
        case .cinder:
            _ = try? decoder.decode([OpenStackAPI.Volume].self, from: data)
            _ = try? decoder.decode(BlockStorageLimits.self, from: data)
        default:
            break
        }
        // Every service's timestamps go through one parser.
        if data.count < 64, let text = String(data: data, encoding: .utf8) { _ = OpenStackDate.parse(text) }
    }
}
