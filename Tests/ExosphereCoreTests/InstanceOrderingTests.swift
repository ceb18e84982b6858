@testable import ExosphereCore
import Testing

@Suite("Instance listing order")
struct InstanceOrderingTests {
    private func instance(_ cloud: String, _ project: String, _ name: String, _ id: String, projectID: String? = nil) -> Instance {
        Instance(
            id: id, name: name, status: "ACTIVE",
            project: ProjectSummary(cloud: cloud, id: projectID ?? "id-" + project, name: project))
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

    @Test("two projects of one name (in different domains) keep their instances apart, by project id")
    func projectsOfOneName() {
        let mixed = [
            instance("a", "lab", "web", "1", projectID: "p2"), instance("a", "lab", "db", "2", projectID: "p1"),
            instance("a", "lab", "app", "3", projectID: "p2"), instance("a", "lab", "web", "4", projectID: "p1"),
        ]
        let ordered = Instance.inListingOrder(mixed).map { "\($0.project.id)/\($0.name)" }
        #expect(ordered == ["p1/db", "p1/web", "p2/app", "p2/web"])
    }

    @Test("projects in listing order put their sorted instances in the order of the whole listing")
    func projectsInListingOrder() throws {
        let all = [
            instance("b", "alpha", "web", "1"), instance("a", "zeta", "db", "2"), instance("a", "alpha", "web", "3"),
            instance("a", "lab", "x", "4", projectID: "p2"), instance("a", "lab", "y", "5", projectID: "p1"),
            instance("a", "alpha", "app", "6"),
        ]
        // In the order their fetches might finish, the second "lab" before the first.
        let finished = ["b/alpha", "a/lab/p2", "a/zeta", "a/lab/p1", "a/alpha"]
        var projects: [ProjectInstances<String>] = []
        for key in finished {
            let instances = all.filter { [$0.project.cloud, $0.project.name, $0.project.id].joined(separator: "/").hasPrefix(key) }
            let project = try #require(instances.first).project
            projects.append(ProjectInstances(project: project, instances: Instance.inListingOrder(instances), part: key))
        }
        let ordered = ProjectInstances.inListingOrder(projects)
        #expect(ordered.flatMap(\.instances).map(\.id) == Instance.inListingOrder(all).map(\.id))
        #expect(ordered.map(\.part) == ["a/alpha", "a/lab/p1", "a/lab/p2", "a/zeta", "b/alpha"])
    }
}
