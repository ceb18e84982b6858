import Foundation
import Localization
import Logging
import OpenStackSimulator
import Synchronization
import Testing

@testable import ExosphereCore

/// Plugin providers' instances joining the clouds' in the core: each provider listed at once and
/// within its budget, one that fails or is slow a failure under its name, and the stream and the
/// workspace handing them on after the clouds'.
@Suite("Providers listed beside the clouds")
struct ProviderListingTests {
    /// A provider answering from memory, or failing, or taking `delay`, counting its listings.
    final class FakeProvider: InstanceProvider {
        let identity: ProviderIdentity
        let instances: [ProviderInstance]
        let failure: (any Error)?
        let delay: Duration
        let cached: [ProviderInstance]?
        private let listings = Mutex(0)

        init(
            _ name: String, instances: [ProviderInstance] = [], failure: (any Error)? = nil, delay: Duration = .zero,
            cached: [ProviderInstance]? = nil
        ) {
            identity = ProviderIdentity(plugin: name.lowercased() + "-plugin", id: name.lowercased(), name: name)
            self.instances = instances
            self.failure = failure
            self.delay = delay
            self.cached = cached
        }

        var listed: Int { listings.withLock { $0 } }

        func listInstances() async throws -> [ProviderInstance] {
            listings.withLock { $0 += 1 }
            if delay > .zero { try await Task.sleep(for: delay) }
            if let failure { throw failure }
            return instances
        }

        func cachedInstances() -> Result<[ProviderInstance], any Error>? { cached.map { .success($0) } }
        func choices() async throws -> ProviderChoices { ProviderChoices(sizes: [], images: []) }
        func create(_ request: ProviderCreateRequest) async throws {}
        func perform(_ action: ProviderAction, on instance: String) async throws {}
        func deleteInstance(_ instance: String) async throws {}
    }

    struct Refusal: Error {}

    static let far = ProviderInstance(id: "f-1", name: "far-away", status: "ACTIVE", size: "small", image: "debian", addresses: ["198.51.100.7", "2001:db8::7"])

    @Test("a provider's instances become core instances named for it; failures and slow ones are failures under its name")
    func loadsEachProviderWithinItsBudget() async throws {
        let good = FakeProvider("Fake", instances: [Self.far])
        let broken = FakeProvider("Broken", failure: Refusal())
        let slow = FakeProvider("Slow", delay: .seconds(3600))
        let started = ContinuousClock.now
        let listings = await ProviderListing.load([good, broken, slow], budget: .milliseconds(200))
        // The slow one cost the budget, not its hour (the bound is loose for a loaded machine).
        #expect(ContinuousClock.now - started < .seconds(120))
        #expect(listings.map(\.provider.name) == ["Fake", "Broken", "Slow"])

        let instance = try #require(listings[0].instances?.first)
        #expect((instance.id, instance.name, instance.status) == ("f-1", "far-away", "ACTIVE"))
        #expect(instance.provider == good.identity)
        #expect(instance.project == ProjectSummary(cloud: "Fake", id: "", name: ""))
        #expect((instance.flavorName, instance.imageID) == ("small", "debian"))
        #expect(instance.addresses.map(\.version) == [4, 6])
        #expect(listings[0].failure == nil)

        #expect(listings[1].instances == nil)
        #expect(listings[1].failure?.cloud == "Broken")
        #expect(listings[1].failure?.error is Refusal)

        let timeout = try #require(listings[2].failure?.error as? ProviderListingTimeout)
        #expect(timeout.message.sourceText == "Slow did not list its instances within 200 ms.")
    }

    @Test("a listing at hand is used without asking the provider; without a budget a provider takes as long as it needs")
    func usesCachedListingsAndWaitsWithoutBudget() async {
        let cached = FakeProvider("Cached", instances: [], cached: [Self.far])
        let patient = FakeProvider("Patient", instances: [Self.far], delay: .milliseconds(300))
        let listings = await ProviderListing.load([cached, patient], budget: nil)
        #expect(cached.listed == 0)
        #expect(listings.map { $0.instances?.map(\.id) } == [["f-1"], ["f-1"]])
    }

    @Test("a budget too long to count in milliseconds is told, not trapped on")
    func absurdBudgetSaturates() {
        let timeout = ProviderListingTimeout(provider: "Slow", budget: .seconds(Int64.max))
        #expect(timeout.budget.millisecondsClamped == Int64.max)
        #expect(timeout.message.sourceText.contains(String(Int64.max)))
    }

    @Test("the instance stream hands on every provider after the clouds, and a project filter leaves them out")
    func streamListsProvidersAfterTheClouds() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 2, servers: 6)) { cloud in
            let sessions = cloud.sessions()
            let providers: [any InstanceProvider] = [FakeProvider("Fake", instances: [Self.far]), FakeProvider("Broken", failure: Refusal())]
            var clouds: [String] = []
            var failures: [String] = []
            var ids: [String] = []
            for await part in sessions.instanceStream(providers: providers) {
                switch part {
                case .project(let project):
                    clouds.append(project.project.cloud)
                    ids += project.instances.map(\.id)
                case .failure(let failure):
                    failures.append(failure.cloud)
                }
            }
            #expect(clouds == ["simulator", "simulator", "Fake"])
            #expect(failures == ["Broken"])
            #expect(ids.count == 7)
            #expect(ids.last == "f-1")

            var filtered: [String] = []
            for await part in sessions.instanceStream(projectFilter: cloud.endpoint.projectNames[0], providers: providers) {
                if case .project(let project) = part { filtered.append(project.project.cloud) }
            }
            #expect(filtered == ["simulator"])
            await sessions.close()
        }
    }

    @Test("the workspace's listing holds the clouds' instances and then every provider's, with both kinds of failure")
    func workspaceListsEveryInstance() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 1, servers: 3)) { cloud in
            let workspace = CloudWorkspace(sessions: cloud.sessions(), logger: Logger(label: "exosphere.tests"))
            let listing = await workspace.everyInstance(
                providers: [FakeProvider("Fake", instances: [Self.far]), FakeProvider("Broken", failure: Refusal())], budget: .seconds(5))
            await workspace.close()
            #expect(listing.items.count == 4)
            #expect(listing.items.filter { $0.provider == nil }.count == 3)
            #expect(listing.items.last?.provider?.name == "Fake")
            #expect(listing.failures.map(\.cloud) == ["Broken"])
        }
    }
}
