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
}
