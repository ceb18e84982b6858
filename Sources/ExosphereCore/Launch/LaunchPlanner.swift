import CloudConfig
import Localization
import OpenStackAPI

/// Turns a ``LaunchRequest`` into a ``LaunchPlan``: reads the project's images, flavors, networks,
/// floating IPs and quota, makes every choice the user left out (each explained in plain words)
/// and checks the quota before anything is created.
///
/// ```swift
/// let planner = try await session.launchPlanner(project: project, settings: settings.launch)
/// let plan = try await planner.plan(LaunchRequest(name: "analysis"))
/// for decision in plan.decisions { print(decision.explanation) }
/// ```
public struct LaunchPlanner: Sendable {
    let clients: LaunchClients
    let project: ProjectSummary
    let settings: LaunchSettings
    let quota: @Sendable () async throws -> QuotaUsage

    /// Creates a planner.
    ///
    /// - Parameters:
    ///   - quota: Reads the project's quota (``CloudSession/quotaUsage(project:)``).
    init(
        clients: LaunchClients, project: ProjectSummary, settings: LaunchSettings,
        quota: @escaping @Sendable () async throws -> QuotaUsage
    ) {
        self.clients = clients
        self.project = project
        self.settings = settings
        self.quota = quota
    }

    /// Makes the plan.
    ///
    /// - Throws: ``CoreError`` for an unknown image, flavor, key pair or network, a bad name or
    ///   count, or too little quota (naming each resource that is short); ``OpenStackError`` when
    ///   the cloud cannot be read.
    public func plan(_ request: LaunchRequest) async throws -> LaunchPlan {
        async let images = clients.image.listImages()
        async let flavors = clients.compute.listFlavors()
        async let networks = clients.network.listNetworks()
        async let floatingIPs = clients.network.listFloatingIPs(NetworkListQuery(projectID: project.id))
        async let routers = clients.network.listRouters(NetworkListQuery(projectID: project.id))
        async let groups = clients.network.listSecurityGroups(NetworkListQuery(name: settings.defaultSecurityGroup.name))
        async let usage = quota()
        var decisions: [LaunchDecision] = []

        var generator = SystemRandomNumberGenerator()
        let base = request.name ?? InstanceName.generate(using: &generator)
        let names = try InstanceName.names(base: base, count: request.count)
        if request.name == nil {
            decisions.append(LaunchDecision(topic: "name", LocalizableMessage("Named {name}, a name made up for you.", ["name": base])))
        }

        let catalog = ImageCatalog(images: try await images.map { ImageSummary(image: $0, project: project) }, settings: settings)
        let image = try chooseImage(request, catalog: catalog, decisions: &decisions)
        let flavorCatalog = FlavorCatalog(flavors: try await flavors.map { FlavorSummary(flavor: $0, project: project) }, settings: settings)
        let flavor = try chooseFlavor(request, image: image, catalog: flavorCatalog, decisions: &decisions)
        if let keypair = request.keypair { try await checkKeypair(keypair) }

        let projectNetworks = try await networks
        let network = try await chooseNetwork(request, networks: projectNetworks, decisions: &decisions)
        let publicAddress = try chooseAddress(
            request, count: names.count, network: network, networks: projectNetworks, routers: try await routers,
            floatingIPs: try await floatingIPs, decisions: &decisions)
        let createsGroup = try await !groups.contains { $0.projectID == nil || $0.projectID == project.id }
        decisions.append(
            LaunchDecision(
                topic: "security-group",
                createsGroup
                    ? LocalizableMessage(
                        "Security group {group} will be created, allowing SSH and ping from anywhere.",
                        ["group": settings.defaultSecurityGroup.name])
                    : LocalizableMessage(
                        "Security group {group} allows SSH and ping.", ["group": settings.defaultSecurityGroup.name])))
        decisions.append(
            LaunchDecision(
                topic: "access",
                LocalizableMessage(
                    "You log in as {user} with a passphrase made for this launch, shown once and kept encrypted on this computer only.",
                    ["user": AccessPassphrase.userName])))

        let plan = LaunchPlan(
            project: project, names: names, image: image, flavor: flavor, network: network,
            publicAddress: publicAddress, keypair: request.keypair, publicKey: request.publicKey,
            bootVolumeSizeGiB: request.bootVolumeSizeGiB ?? settings.defaults.bootVolumeSizeGiB,
            extraVolumeSizeGiB: request.extraVolumeSizeGiB, securityGroup: settings.defaultSecurityGroup,
            createsSecurityGroup: createsGroup, parts: parts(request), decisions: decisions, quota: try await usage)
        let shortfalls = plan.quota.shortfalls(for: plan.quotaNeeds)
        guard shortfalls.isEmpty else { throw CoreError.quotaShort(shortfalls) }
        return plan
    }

    private func chooseImage(_ request: LaunchRequest, catalog: ImageCatalog, decisions: inout [LaunchDecision])
        throws(CoreError) -> ImageChoice
    {
        let image: ImageSummary
        if let name = request.image {
            image = try catalog.image(named: name)
        } else if let type = request.instanceType {
            image = try catalog.image(ofType: type)
            decisions.append(
                LaunchDecision(
                    topic: "image",
                    LocalizableMessage("Image {image}, the newest for {type}.", ["image": image.displayName, "type": type])))
        } else {
            image = try catalog.defaultImage()
            decisions.append(
                LaunchDecision(
                    topic: "image",
                    LocalizableMessage(
                        "Image {image}, the cloud's recommended image; choose another with --image.",
                        ["image": image.displayName])))
        }
        return ImageChoice(
            id: image.id, name: image.displayName, isSnapshot: image.isSnapshot, minDiskGiB: image.minDiskGiB, minRAMMiB: image.minRAMMiB)
    }

    private func chooseFlavor(
        _ request: LaunchRequest, image: ImageChoice, catalog: FlavorCatalog, decisions: inout [LaunchDecision]
    ) throws(CoreError) -> FlavorChoice {
        if let name = request.flavor { return catalog.choice(try catalog.flavor(named: name)) }
        let bootsFromVolume = (request.bootVolumeSizeGiB ?? settings.defaults.bootVolumeSizeGiB) != nil
        let choice = catalog.choice(
            try catalog.defaultFlavor(
                minDiskGiB: image.minDiskGiB, minRAMMiB: image.minRAMMiB, bootsFromVolume: bootsFromVolume))
        decisions.append(
            LaunchDecision(
                topic: "flavor",
                LocalizableMessage(
                    "Flavor {flavor} ({words}), the smallest that fits the image; choose another with --flavor.",
                    ["flavor": choice.name, "words": choice.words.sourceText])))
        return choice
    }

    private func checkKeypair(_ name: String) async throws {
        let keypairs = try await clients.compute.listKeypairs()
        guard keypairs.contains(where: { $0.name == name }) else {
            throw CoreError.keypairNotFound(name, available: keypairs.map(\.name))
        }
    }

    /// User setup first, then the usage reporter (so graphs work even if an installer fails),
    /// the chosen software and the operator's parts.
    private func parts(_ request: LaunchRequest) -> [SetupPart] {
        var parts = [SetupPart.userSetup(passwordLogin: request.publicKey == nil)]
        if request.resourceGraphs ?? settings.defaults.resourceGraphs { parts.append(.usageReporter) }
        parts += request.software.map(SetupPart.software)
        parts += settings.setupParts.map(SetupPart.init)
        return parts
    }
}
