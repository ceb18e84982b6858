import ExosphereCore
import Localization
import PluginModel
import Testing

@testable import WebUI

/// Provider instances in the instance list: filtered like the clouds' rows, sorted, only on the
/// first page, counted in the totals.
@Suite struct ProviderInstanceRowTests {
    static let provider = ExtensionProvider(plugin: "ec2-provider", id: "ec2", name: "Amazon EC2")
    static let listings = [
        ProviderListing(provider: provider, instances: [
            ProviderInstance(id: "i-2", name: "beta", status: "ACTIVE", size: "t3.small", addresses: ["198.51.100.2"]),
            ProviderInstance(id: "i-1", name: "Alpha", status: "SHUTOFF"),
        ]),
        ProviderListing(provider: ExtensionProvider(plugin: "down", id: "down", name: "Down"), notice: "Down could not be listed."),
    ]

    static func page(_ query: InstanceListQuery, cloudInstances: Int = 0) -> InstanceListPage {
        let project = ProjectSummary(cloud: "sim", id: "p1", name: "bio101")
        let instances = (0..<cloudInstances).map { Instance(id: "s-\($0)", name: "server-\($0)", status: "ACTIVE", project: project) }
        var page = InstanceListPage(instances: Listing(items: instances), query: query, localizer: SourceLanguageLocalizer())
        page.showProviders(listings, query: query, localizer: SourceLanguageLocalizer())
        return page
    }

    @Test func rowsAreSortedByNameOrStateAndLinkToTheProvider() {
        let byName = Self.page(InstanceListQuery())
        #expect(byName.providerRows.map(\.name) == ["Alpha", "beta"])
        #expect(byName.providerRows.allSatisfy { $0.cloud == "Amazon EC2" && $0.detailURL == "/providers/ec2-provider/ec2" })
        #expect(byName.providerRows.last?.address == "198.51.100.2")
        #expect((byName.total, byName.matching, byName.isEmpty) == (2, 2, false))
        #expect(byName.providerNotices == ["Down could not be listed."])
        #expect(Self.page(InstanceListQuery(sort: .status)).providerRows.map(\.name) == ["beta", "Alpha"])
    }

    @Test func filtersApplyAndAProjectFilterLeavesThemOut() {
        #expect(Self.page(InstanceListQuery(search: "alp")).providerRows.map(\.id) == ["i-1"])
        #expect(Self.page(InstanceListQuery(search: "198.51")).providerRows.map(\.id) == ["i-2"])
        #expect(Self.page(InstanceListQuery(state: "ACTIVE")).providerRows.map(\.id) == ["i-2"])
        let project = Self.page(InstanceListQuery(project: "bio101"))
        #expect(project.providerRows.isEmpty)
        #expect((project.total, project.matching) == (2, 0))
    }

    @Test func onlyTheFirstPageShowsThem() {
        let count = InstanceListQuery.pageSize + 1
        let first = Self.page(InstanceListQuery(page: 1), cloudInstances: count)
        #expect(first.providerRows.count == 2)
        let second = Self.page(InstanceListQuery(page: 2), cloudInstances: count)
        #expect(second.page == 2)
        #expect(second.providerRows.isEmpty)
        #expect(second.total == count + 2)
    }
}
