import ExosphereCore
import Localization
import Secrets

/// After a launch: the instances with links to their pages (where setup progress shows), and the
/// login passphrase, revealed this once. It is the only secret the web UI ever renders; the
/// response is not cached.
struct LaunchResultPage: Sendable {
    struct Row: Sendable {
        var name: String
        var address: String?
        var detailURL: String
    }

    var instances: [Row]
    var user: String
    var passphrase: String

    init(result: LaunchResult, cloud: String) {
        instances = result.instances.map {
            Row(
                name: $0.name, address: $0.publicAddress ?? $0.fixedAddress,
                detailURL: "/instances/" + PathComponent.encode(cloud) + "/" + PathComponent.encode($0.id))
        }
        user = result.user
        passphrase = result.passphrase.revealed
    }
}

extension LaunchResultPage: TemplateView {
    func computed(_ name: String) -> Any? { nil }
}
