/// The whole simulated cloud. It lives behind one lock (`SimulatorState.world`); handlers get
/// it `inout` for the length of one request.
struct World: Sendable {
    var random: SeededGenerator
    var settings: WorldSettings
    var identity = IdentityStore()
    var compute = ComputeStore()
    var images = ImageStore()
    var network = NetworkStore()
    var volumes = VolumeStore()
    var launch = LaunchBehaviour()

    /// `count` random bytes as URL-safe base64, for a secret the cloud hands out (a token value, a
    /// generated application-credential secret). Not from ``random``, unlike the demo data:
    /// Keystone's secrets never recur, not even after a restart (Fernet tokens carry their issue
    /// time and are encrypted with the deployment's keys). Seeded, a restarted simulator handed
    /// out the previous run's token values again, and a client holding the old token for a
    /// project could be given the same value when it logged in anew.
    static func secret(bytes count: Int) -> String {
        var system = SystemRandomNumberGenerator()
        return system.bytes(count).base64URLEncoded
    }
}

/// Settings fixed at start.
struct WorldSettings: Sendable {
    /// `http://127.0.0.1:PORT`, known once the server listens.
    var baseURL: String
    var region = "RegionOne"
    /// Simulated seconds a server spends in BUILD.
    var bootTime: Double
    /// Catalog service and endpoint ids, made once from the seed.
    var catalogIDs: [String: String] = [:]
    /// The admin project that owns public images and the external network.
    var adminProjectID = ""
    var memberRoleID = ""
    var readerRoleID = ""
    /// The addresses single sign-on may send a token back to (Keystone's `[federation]
    /// trusted_dashboard`).
    var trustedDashboards: [String] = []
}
