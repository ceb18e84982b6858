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

    @Test("arrivals in any order are handed on in listing order: earlier clouds first, each cloud's projects in turn, a failed cloud in its place")
    func arrivalsInListingOrder() {
        func part(_ name: String) -> InstanceListingPart {
            .project(ProjectInstances(project: ProjectSummary(cloud: "c", id: name, name: name), instances: []))
        }
        func names(_ parts: [InstanceListingPart]) -> [String] {
            parts.map { part in
                switch part {
                case .project(let project): project.project.name
                case .failure(let failure): "failed " + failure.cloud
                }
            }
        }
        var order = InstanceArrivalOrder(clouds: 3)
        // Cloud 1's projects arrive before cloud 0 has said how many it has: held back.
        #expect(names(order.receive(.projects(cloud: 1, count: 2))) == [])
        #expect(names(order.receive(.project(cloud: 1, index: 1, part("b1")))) == [])
        #expect(names(order.receive(.project(cloud: 1, index: 0, part("b0")))) == [])
        // Cloud 0 has two projects; its second arrives first.
        #expect(names(order.receive(.projects(cloud: 0, count: 2))) == [])
        #expect(names(order.receive(.project(cloud: 0, index: 1, part("a1")))) == [])
        #expect(names(order.receive(.project(cloud: 0, index: 0, part("a0")))) == ["a0", "a1", "b0", "b1"])
        #expect(!order.isComplete)
        let failed = ListingFailure(cloud: "c2", error: CoreError.noProjects(cloud: "c2"))
        #expect(names(order.receive(.cloudFailed(cloud: 2, failed))) == ["failed c2"])
        #expect(order.isComplete)
    }

    @Test("a cloud without projects lets the next one through")
    func emptyCloud() {
        var order = InstanceArrivalOrder(clouds: 2)
        let only = InstanceListingPart.project(ProjectInstances(project: ProjectSummary(cloud: "b", id: "p", name: "p"), instances: []))
        #expect(order.receive(.projects(cloud: 1, count: 1)).isEmpty)
        #expect(order.receive(.project(cloud: 1, index: 0, only)).isEmpty)
        #expect(order.receive(.projects(cloud: 0, count: 0)).count == 1)
        #expect(order.isComplete)
    }
}
