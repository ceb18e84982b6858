import ExosphereCore
import Testing

@Suite("Instance listing order")
struct InstanceOrderingTests {
    private func instance(_ cloud: String, _ project: String, _ name: String, _ id: String) -> Instance {
        Instance(id: id, name: name, status: "ACTIVE", project: ProjectSummary(cloud: cloud, id: "id-" + project, name: project))
    }

    @Test("by cloud, then project name, then instance name, then id")
    func order() {
        let shuffled = [
            instance("b", "alpha", "web", "2"), instance("a", "zeta", "db", "9"), instance("a", "alpha", "web", "3"),
            instance("a", "alpha", "web", "1"), instance("a", "alpha", "app", "7"),
        ]
        let ordered = Instance.inListingOrder(shuffled).map { "\($0.project.cloud)/\($0.project.name)/\($0.name)/\($0.id)" }
        #expect(ordered == ["a/alpha/app/7", "a/alpha/web/1", "a/alpha/web/3", "a/zeta/db/9", "b/alpha/web/2"])
    }

    @Test("keeps every instance, including exact duplicates")
    func keepsAll() {
        let twins = [instance("a", "p", "n", "1"), instance("a", "p", "n", "1"), instance("a", "p", "m", "0")]
        #expect(Instance.inListingOrder(twins).map(\.name) == ["m", "n", "n"])
        #expect(Instance.inListingOrder([]).isEmpty)
    }
}
