import Secrets

/// Builds the starting cloud from the options' seed: identity, flavors, images, networks, servers,
/// volumes, floating IPs and keypairs. The same seed always gives the same cloud.
struct Seeder {
    let options: SimulatorOptions
    let now: Timestamp
    var world: World

    init(options: SimulatorOptions, now: Timestamp) {
        self.options = options
        self.now = now
        var random = SeededGenerator(seed: options.seed)
        let settings = WorldSettings(
            baseURL: "http://127.0.0.1:\(options.port)", bootTime: options.bootTime.inSeconds,
            catalogIDs: Catalog.makeIDs(using: &random))
        world = World(random: random, settings: settings)
        world.identity.tokenLifetime = options.tokenLifetime.inSeconds
        world.launch.autoAllocatedTopology = options.autoAllocatedTopology
    }

    /// The seeded world.
    static func build(options: SimulatorOptions, now: Timestamp) -> World {
        var seeder = Seeder(options: options, now: now)
        seeder.seedIdentity()
        seeder.world.compute.flavors = SeedCatalog.flavors
        seeder.seedImages()
        seeder.seedNetworks()
        seeder.seedKeypairs()
        seeder.seedServers()
        seeder.seedQuotas()
        return seeder.world
    }

    /// The `demo-<topic>` project names for `count` projects.
    static func projectNames(count: Int) -> [String] {
        (0..<count).map { index in
            index < SeedCatalog.topics.count ? "demo-" + SeedCatalog.topics[index] : "demo-project-\(index + 1)"
        }
    }

    static let demoUser = "demo"
    static let collaboratorUser = "demo-collaborator"
    static let collaboratorPassword = "collaborator-password"

    /// Domain `Default`, roles, the admin project, the demo projects, `demo` (member everywhere) and
    /// `demo-collaborator` (member of the first project only).
    private mutating func seedIdentity() {
        world.identity.domains = [DomainRecord(id: "default", name: "Default")]
        let admin = RoleRecord(id: world.random.keystoneID(), name: "admin")
        let member = RoleRecord(id: world.random.keystoneID(), name: "member")
        let reader = RoleRecord(id: world.random.keystoneID(), name: "reader")
        world.identity.roles = [admin, member, reader]
        world.settings.memberRoleID = member.id
        world.settings.readerRoleID = reader.id
        let adminProject = ProjectRecord(
            id: world.random.keystoneID(), name: "admin", domainID: "default", description: "Bootstrap project for initializing the cloud.")
        world.settings.adminProjectID = adminProject.id
        world.identity.projects[adminProject.id] = adminProject
        world.identity.projectOrder.append(adminProject.id)
        let demo = UserRecord(
            id: world.random.keystoneID(), name: Self.demoUser, domainID: "default", password: options.demoPassword.revealed)
        let collaborator = UserRecord(
            id: world.random.keystoneID(), name: Self.collaboratorUser, domainID: "default", password: Self.collaboratorPassword)
        world.identity.users = [demo.id: demo, collaborator.id: collaborator]
        for (index, name) in Self.projectNames(count: options.projects).enumerated() {
            let topic = name.replacingOccurrences(of: "demo-", with: "")
            let project = ProjectRecord(
                id: world.random.keystoneID(), name: name, domainID: "default",
                description: "Simulated research allocation for \(topic)")
            world.identity.projects[project.id] = project
            world.identity.projectOrder.append(project.id)
            // Keystone lists the implied `reader` role next to `member` in tokens.
            world.identity.assignments[demo.id, default: [:]][project.id] = [reader.id, member.id]
            if index == 0 { world.identity.assignments[collaborator.id, default: [:]][project.id] = [reader.id, member.id] }
        }
    }

    /// The demo projects, in order.
    var demoProjects: [ProjectRecord] {
        world.identity.projectOrder.dropFirst().compactMap { world.identity.projects[$0] }
    }

    var demoUserID: String { world.identity.users.values.first { $0.name == Self.demoUser }?.id ?? "" }

    var collaboratorID: String { world.identity.users.values.first { $0.name == Self.collaboratorUser }?.id ?? "" }

    private mutating func seedKeypairs() {
        for (userID, names) in [(demoUserID, ["demo-laptop", "demo-workstation"]), (collaboratorID, ["collaborator-key"])] {
            for name in names {
                let publicKey = SSHKey.ed25519PublicKey(comment: name, using: &world.random)
                world.compute.keypairs[userID, default: []].append(
                    KeypairRecord(
                        id: world.compute.nextKeypairID, name: name, userID: userID, publicKey: publicKey,
                        fingerprint: SSHKey.fingerprint(publicKey) ?? "", type: "ssh",
                        createdAt: now - Double(200 + world.random.below(200)) * 86_400))
                world.compute.nextKeypairID += 1
            }
        }
    }

    /// Quotas large enough for the seeded load plus room to launch more.
    private mutating func seedQuotas() {
        for project in demoProjects {
            let usage = world.computeUsage(project: project.id, now: now)
            world.compute.quotas[project.id] = ComputeQuota(
                instances: max(20, usage.instances + 10), cores: max(100, usage.cores + 64),
                ram: max(262_144, usage.ram + 262_144))
            let volumes = world.volumes.volumes.all.filter { $0.projectID == project.id }
            world.volumes.quotas[project.id] = (
                max(20, volumes.count + 10), max(2000, volumes.reduce(0) { $0 + $1.size } + 1000)
            )
        }
    }
}
