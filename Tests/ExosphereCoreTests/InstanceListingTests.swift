import CloudConfig
import Foundation
import OpenStackAPI
import OpenStackSimulator
import Secrets
import Testing

@testable import ExosphereCore

@Suite("Listing instances across projects against the simulator")
struct InstanceListingTests {
    @Test("one call lists every seeded server of every project, each with its project's name")
    func listsEveryServerOfEveryProject() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 4, servers: 60)) { cloud in
            let sessions = cloud.sessions()
            let listing = await sessions.listInstances()
            await sessions.close()
            #expect(listing.failures.isEmpty)
            #expect(listing.items.count == 60)
            #expect(Set(listing.items.map(\.project.name)) == Set(cloud.endpoint.projectNames))
            #expect(Set(listing.items.map(\.id)).count == 60)
            #expect(listing.items.allSatisfy { $0.project.cloud == "simulator" && !$0.name.isEmpty })
        }
    }

    @Test("as a stream: each project once, in listing order, with its own instances; in turn they are the whole listing")
    func streamsProjectByProject() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 4, servers: 60)) { cloud in
            let sessions = cloud.sessions()
            let whole = await sessions.listInstances()
            var projects: [ProjectInstances] = []
            for await part in sessions.instanceStream() {
                switch part {
                case .project(let project): projects.append(project)
                case .failure(let failure): Issue.record("\(failure.error)")
                }
            }
            await sessions.close()
            #expect(projects.count == 4)
            #expect(projects.map(\.project) == projects.map(\.project).sorted(by: ProjectSummary.listingOrder))
            #expect(projects.allSatisfy { project in project.instances.allSatisfy { $0.project == project.project } })
            #expect(projects.flatMap(\.instances).map(\.id) == whole.items.map(\.id))
            #expect(whole.items.map(\.id) == Instance.inListingOrder(whole.items.shuffled()).map(\.id))
        }
    }

    @Test("cold: four sequential round trips however many projects; warm from the token cache: one")
    func roundTripsColdAndWarm() async throws {
        // Each answer leaves a round trip after it is made, so concurrent requests overlap only if
        // none starts a round trip later than another: a latency far above a loaded machine's
        // scheduling delays keeps the count from depending on them (50 ms was once too little).
        try await SimulatedCloud.with(SimulatorOptions(projects: 6, servers: 30, latency: .milliseconds(300))) { cloud in
            let cold = cloud.sessions()
            let first = await cold.listInstances()
            await cold.close()
            #expect(first.failures.isEmpty)
            #expect(cold.activityLog.sequentialRoundTrips() == 4, "\(cold.activityLog.records().map { "\($0.method) \($0.url) \($0.startedAt.timeIntervalSince1970) \($0.duration)" })")
            // One token per project plus the first, the project list, the version document, and a
            // server list per project.
            let expectedCalls = 1 + 1 + 1 + 5 + 6
            #expect(cold.activityLog.records().count == expectedCalls)

            let warm = cloud.sessions()
            let second = await warm.listInstances()
            await warm.close()
            #expect(warm.activityLog.sequentialRoundTrips() == 1)
            #expect(warm.activityLog.records().count == 6)
            #expect(second.items.map(\.id) == first.items.map(\.id))
        }
    }

    @Test("the token cache file is private to its owner and holds no password")
    func tokenCacheIsPrivate() async throws {
        try await SimulatedCloud.with { cloud in
            let sessions = cloud.sessions()
            _ = await sessions.listProjects()
            await sessions.close()
            let folder = cloud.folder.appendingPathComponent("tokens")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(files.count == 1)
            for file in files {
                let path = folder.appendingPathComponent(file).path
                let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
                #expect(mode == 0o600)
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(!text.contains(cloud.endpoint.password.revealed))
            }
        }
    }

    @Test("--project narrows the listing to one project, by name or by id")
    func projectFilter() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 3, servers: 30)) { cloud in
            let sessions = cloud.sessions()
            let all = await sessions.listInstances()
            let name = try #require(cloud.endpoint.projectNames.last)
            let byName = await sessions.listInstances(projectFilter: name)
            let projectID = try #require(byName.items.first?.project.id)
            let byID = await sessions.listInstances(projectFilter: projectID)
            let unknown = await sessions.listInstances(projectFilter: "no-such-project")
            await sessions.close()
            #expect(!byName.items.isEmpty && byName.items.allSatisfy { $0.project.name == name })
            #expect(byName.items.count == all.items.filter { $0.project.name == name }.count)
            #expect(byID.items.map(\.id) == byName.items.map(\.id))
            #expect(unknown.items.isEmpty)
            let failure = try #require(unknown.failures.first?.error as? CoreError)
            let available = cloud.endpoint.projectNames.sorted()
            let expected = CoreError.projectNotFound("no-such-project", cloud: "simulator", available: available)
            #expect(failure == expected)
        }
    }

    @Test("pagination: 2,500 servers in one project are all listed")
    func paginatesPastTheLimit() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 1, servers: 2500)) { cloud in
            let sessions = cloud.sessions(cache: false)
            let listing = await sessions.listInstances()
            await sessions.close()
            #expect(listing.failures.isEmpty)
            #expect(listing.items.count == 2500)
            #expect(Set(listing.items.map(\.id)).count == 2500)
        }
    }

    @Test("a project whose servers cannot be read is reported beside the others' instances")
    func partialFailure() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 3, servers: 30)) { cloud in
            let sessions = cloud.sessions(cache: false)
            let baseline = await sessions.listInstances()
            await cloud.server.setFaults([
                FaultRule(method: "GET", pathPrefix: "/compute/v2.1/servers", effect: .status(503), count: 1)
            ])
            let listing = await sessions.listInstances()
            await sessions.close()
            #expect(baseline.failures.isEmpty)
            let failure = try #require(listing.failures.first)
            #expect(listing.failures.count == 1)
            let failed = try #require(failure.project)
            #expect((failure.error as? OpenStackError)?.status == 503)
            let expected = baseline.items.filter { $0.project != failed }.map(\.id)
            #expect(listing.items.map(\.id) == expected)
        }
    }
}
