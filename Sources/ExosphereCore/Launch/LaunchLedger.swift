/// Every resource a launch has created so far, so a failure can remove exactly those.
struct LaunchLedger: Sendable {
    /// One created resource (or change, for a reused floating IP's association).
    enum Entry: Sendable, Hashable {
        case securityGroup(id: String)
        case autoAllocatedTopology(projectID: String)
        case network(id: String)
        case subnet(id: String)
        case router(id: String)
        case routerInterface(routerID: String, subnetID: String)
        case port(id: String)
        case server(id: String, name: String)
        case volume(id: String)
        case floatingIP(id: String)
        case association(floatingIPID: String)

        /// Removal order: what depends on others goes first (associations before servers,
        /// servers before their ports and volumes, interfaces before routers and subnets).
        var removalRank: Int {
            switch self {
            case .association: 0
            case .floatingIP: 1
            case .server: 2
            case .volume: 3
            case .port: 4
            case .routerInterface: 5
            case .router: 6
            case .subnet: 7
            case .network: 8
            case .autoAllocatedTopology: 9
            case .securityGroup: 10
            }
        }

        /// How a leftover is named to the user.
        var description: String {
            switch self {
            case .securityGroup(let id): "security group \(id)"
            case .autoAllocatedTopology(let projectID): "the auto-allocated network of project \(projectID)"
            case .network(let id): "network \(id)"
            case .subnet(let id): "subnet \(id)"
            case .router(let id): "router \(id)"
            case .routerInterface(let router, let subnet): "the interface of router \(router) on subnet \(subnet)"
            case .port(let id): "port \(id)"
            case .server(let id, let name): "instance \(name) (\(id))"
            case .volume(let id): "volume \(id)"
            case .floatingIP(let id): "floating IP \(id)"
            case .association(let id): "the association of floating IP \(id)"
            }
        }
    }

    private(set) var entries: [Entry] = []

    mutating func record(_ entry: Entry) { entries.append(entry) }

    /// The entries in the order to remove them: by rank, later creations first within a rank.
    var removalOrder: [Entry] {
        entries.enumerated().sorted { a, b in
            a.element.removalRank != b.element.removalRank
                ? a.element.removalRank < b.element.removalRank : a.offset > b.offset
        }.map(\.element)
    }
}
