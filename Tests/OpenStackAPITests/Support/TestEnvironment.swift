import Foundation
import OpenStackAPI
import Secrets

/// A fake transport, an activity log and a log capture wired into an ``APIContext``.
struct TestEnvironment {
    let transport = FakeTransport()
    let activity = APIActivityLog()
    let logs = LogCapture()

    static let authURL = URL(string: "http://cloud.test/identity")
    static let computeURL = URL(string: "http://cloud.test/compute/v2.1")
    static let imageURL = URL(string: "http://cloud.test/image")
    static let networkURL = URL(string: "http://cloud.test/network/")
    static let volumeURL = URL(string: "http://cloud.test/volume/v3/a6944d763bf64ee6a275f1263fae0352")
    static let token: Secret = "gAAAAABtesttoken-0123456789"

    var context: APIContext {
        APIContext(transport: transport, activityLog: activity, logger: logs.logger)
    }

    struct MissingURL: Error {}

    static func url(_ url: URL?) throws -> URL {
        guard let url else { throw MissingURL() }
        return url
    }

    func identity() throws -> IdentityClient {
        IdentityClient(context: context, authURL: try Self.url(Self.authURL))
    }

    func compute(_ version: String = "2.90", tokens: (any TokenSource)? = nil) throws -> ComputeClient {
        let negotiated = NegotiatedMicroversion(
            service: .compute, version: Microversion(version) ?? Microversion(2, 1), cloudMinimum: Microversion(2, 1),
            cloudMaximum: Microversion(2, 93))
        return ComputeClient(
            context: context, endpoint: try Self.url(Self.computeURL), tokens: tokens ?? StaticTokenSource(Self.token),
            microversion: negotiated)
    }

    func image() throws -> ImageClient {
        ImageClient(context: context, endpoint: try Self.url(Self.imageURL), tokens: StaticTokenSource(Self.token))
    }

    func network() throws -> NetworkClient {
        NetworkClient(context: context, endpoint: try Self.url(Self.networkURL), tokens: StaticTokenSource(Self.token))
    }

    func blockStorage(_ version: String = "3.70") throws -> BlockStorageClient {
        let negotiated = NegotiatedMicroversion(
            service: .blockStorage, version: Microversion(version) ?? Microversion(3, 0),
            cloudMinimum: Microversion(3, 0),
            cloudMaximum: Microversion(3, 70))
        return BlockStorageClient(
            context: context, endpoint: try Self.url(Self.volumeURL), tokens: StaticTokenSource(Self.token),
            microversion: negotiated)
    }
}
