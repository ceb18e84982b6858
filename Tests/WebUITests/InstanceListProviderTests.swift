import ExosphereCore
import Localization
import Testing

@testable import WebUI

/// Provider instances in the instance list, as the core lists them beside the clouds': one list,
/// filtered, sorted and paged like the clouds' rows, linking to their provider's page.
@Suite struct InstanceListProviderTests {
    static let provider = ProviderIdentity(plugin: "ec2-provider", id: "ec2", name: "Amazon EC2")
    static let providerInstances = [
        ProviderInstance(id: "i-2", name: "beta", status: "ACTIVE", size: "t3.small", addresses: ["198.51.100.2"]),
        ProviderInstance(id: "i-1", name: "Alpha", status: "SHUTOFF"),
    ].map { Instance($0, of: provider) }

    static func page(_ query: InstanceListQuery, cloudInstances: Int = 1) -> InstanceListPage {
        let project = ProjectSummary(cloud: "sim", id: "p1", name: "bio101")
        let instances = (0..<cloudInstances).map { Instance(id: "s-\($0)", name: "server-\($0)", status: "BUILD", project: project) }
        return InstanceListPage(instances: Listing(items: instances + providerInstances), query: query, localizer: SourceLanguageLocalizer())
    }

    @Test func providerRowsSortWithTheCloudsAndLinkToTheirProvider() throws {
        let byName = Self.page(InstanceListQuery())
        #expect(byName.rows.map(\.name) == ["Alpha", "beta", "server-0"])
        let beta = try #require(byName.rows.first { $0.id == "i-2" })
        #expect((beta.cloud, beta.project, beta.detailURL, beta.isProvider) == ("Amazon EC2", "", "/providers/ec2-provider/ec2", true))
        #expect(beta.address == "198.51.100.2")
        #expect(beta.flavor == "t3.small")
        #expect(byName.rows.last?.isProvider == false)
        #expect((byName.total, byName.matching) == (3, 3))
        #expect(Self.page(InstanceListQuery(sort: .status)).rows.map(\.name) == ["beta", "server-0", "Alpha"])
        // They have no project: not a choice in the project filter.
        #expect(byName.projects.map(\.value) == ["bio101"])
    }

    @Test func filtersApplyAndAProjectFilterLeavesThemOut() {
        #expect(Self.page(InstanceListQuery(search: "alp")).rows.map(\.id) == ["i-1"])
        #expect(Self.page(InstanceListQuery(search: "198.51")).rows.map(\.id) == ["i-2"])
        #expect(Self.page(InstanceListQuery(state: "ACTIVE")).rows.map(\.id) == ["i-2"])
        let project = Self.page(InstanceListQuery(project: "bio101"))
        #expect(project.rows.map(\.id) == ["s-0"])
        #expect((project.total, project.matching) == (3, 1))
    }

    @Test func theyArePagedWithTheRest() {
        let count = InstanceListQuery.pageSize
        let second = Self.page(InstanceListQuery(page: 2), cloudInstances: count)
        #expect(second.page == 2)
        #expect(second.total == count + 2)
        // "Alpha" and "beta" sort before "server-…": the last two cloud rows are on page 2.
        #expect(second.rows.count == 2)
        #expect(second.rows.allSatisfy { !$0.isProvider })
    }
}
