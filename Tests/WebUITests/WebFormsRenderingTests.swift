@testable import ExosphereCore
import Foundation
import Localization
import OpenStackAPI
import Testing

@testable import WebUI

@Suite("Upload, resize, rebuild and bulk action templates with empty, normal and huge data")
struct WebFormsRenderingTests {
    let base: LifecyclePageRenderingTests
    let localizer = SourceLanguageLocalizer()

    init() throws {
        base = try LifecyclePageRenderingTests()
    }

    @Test("images with the upload form", arguments: DataSize.allCases)
    func imagesUpload(size: DataSize) throws {
        var page = ImagesPage(
            tabs: LifecycleFixtures.tabs(.images), images: LifecycleFixtures.images(size.count), projectID: LifecycleFixtures.project.id,
            snapshotIDs: [])
        page.upload = ImageUploadForm(maximumBytes: 1 << 30, localizer: localizer)
        let html = try base.render("images", page)
        base.expectTokens(html)
        #expect(html.contains("action=\"/images/upload\" enctype=\"multipart/form-data\""))
        #expect(html.contains("Up to 1 GiB."))
        #expect(html.contains("<option value=\"\">From the file&#39;s extension</option>"))
        // The token comes before the file, so it is checked before any byte of the file is kept.
        let token = try #require(html.range(of: "name=\"csrf\""))
        let file = try #require(html.range(of: "type=\"file\""))
        #expect(token.lowerBound < file.lowerBound)
        base.expectWeight(html, size)
    }

    @Test("resize offers the other flavors, grouped", arguments: DataSize.allCases)
    func resize(size: DataSize) throws {
        var instance = try #require(InstanceFixtures.make(count: 1).first)
        instance.flavorName = "m3.size0"
        instance.taskState = nil
        let catalog = FlavorCatalog(flavors: LifecycleFixtures.flavors(size.count), settings: LifecycleFixtures.settings)
        let html = try base.render("instance-resize", InstanceChangePage.resize(instance, flavors: catalog, localizer: localizer))
        base.expectTokens(html)
        #expect(html.contains("value=\"f-0\"") == false)
        #expect(html.contains("This cloud offers no other flavor.") == (size == .empty))
        if size != .empty {
            #expect(html.contains("<optgroup label=\"GPU — With an NVIDIA A100\">"))
            #expect(html.contains("action=\"/instances/cloud0/\(instance.id)/actions/resize\""))
        }
        #expect(html.contains("openstack server resize --flavor"))
        base.expectWeight(html, size)
    }

    @Test("rebuild warns that the disk is erased and needs the box ticked", arguments: DataSize.allCases)
    func rebuild(size: DataSize) throws {
        // The sixth fixture is ACTIVE with nothing in progress, on image img-1.
        let instance = try #require(InstanceFixtures.make(count: 6).last)
        let catalog = ImageCatalog(images: LifecycleFixtures.images(size.count), settings: LifecycleFixtures.settings)
        let html = try base.render("instance-rebuild", InstanceChangePage.rebuild(instance, images: catalog, localizer: localizer))
        base.expectTokens(html)
        #expect(html.contains("Rebuilding erases the instance&#39;s disk."))
        #expect(html.contains("This project sees no images.") == (size == .empty))
        #expect(html.contains("name=\"erase\" required") == (size != .empty))
        if size != .empty { #expect(html.contains("<option value=\"img-1\" selected>")) }
        base.expectWeight(html, size)
    }

    @Test("a refused action shows the matrix's reason instead of a form")
    func refused() throws {
        let shelved = try #require(InstanceFixtures.make(count: 5).last)
        #expect(shelved.status == "SHELVED_OFFLOADED")
        let catalog = FlavorCatalog(flavors: LifecycleFixtures.flavors(4), settings: LifecycleFixtures.settings)
        let html = try base.render("instance-resize", InstanceChangePage.resize(shelved, flavors: catalog, localizer: localizer))
        #expect(html.contains("Not possible while the instance is SHELVED_OFFLOADED."))
        #expect(!html.contains("id=\"resize-form\""))
    }

    @Test("the detail page links resize and rebuild, and asks to confirm a finished resize")
    func detailLinks() throws {
        var instance = try #require(InstanceFixtures.make(count: 1).first)
        instance.taskState = nil
        let active = try base.render("instance", InstanceDetailPage(instance: instance, localizer: localizer))
        #expect(active.contains("<a class=\"button\" id=\"action-resize\" href=\"/instances/cloud0/\(instance.id)/resize\">"))
        #expect(active.contains("<a class=\"button\" id=\"action-rebuild\" href=\"/instances/cloud0/\(instance.id)/rebuild\">"))
        #expect(!active.contains("id=\"resize-pending\""))
        instance.status = "VERIFY_RESIZE"
        let verifying = try base.render("instance", InstanceDetailPage(instance: instance, localizer: localizer))
        #expect(verifying.contains("id=\"resize-pending\""))
        #expect(verifying.contains("action=\"/instances/cloud0/\(instance.id)/actions/confirm-resize\""))
        #expect(verifying.contains("action=\"/instances/cloud0/\(instance.id)/actions/revert-resize\""))
    }

    @Test("bulk outcomes and the bulk delete confirmation", arguments: DataSize.allCases)
    func bulk(size: DataSize) throws {
        let instances = InstanceFixtures.make(count: size.count)
        let outcomes = instances.enumerated().map { index, instance -> (key: String, instance: Instance?, outcome: BulkActionPage.Outcome) in
            let outcome: BulkActionPage.Outcome = index % 2 == 0 ? .accepted : .refused(.notAllowedInState(instance.status))
            return (key: "\(instance.project.cloud)/\(instance.id)", instance: instance, outcome: outcome)
        }
        let result = try base.render(
            "instances-bulk-result", BulkActionPage(action: .stop, outcomes: outcomes, returnURL: "/instances?state=ACTIVE", localizer: localizer))
        #expect(result.components(separatedBy: "Accepted: the cloud is working on it.").count - 1 == (size.count + 1) / 2)
        #expect(result.contains("href=\"/instances?state=ACTIVE\" id=\"back-to-list\""))
        base.expectWeight(result, size)
        let confirm = try base.render(
            "instances-bulk-confirm",
            BulkActionPage(confirmingDeletionOf: instances.map { (key: "\($0.project.cloud)/\($0.id)", instance: $0) }, returnURL: "/instances", localizer: localizer))
        base.expectTokens(confirm)
        #expect(confirm.components(separatedBy: "name=\"instance\" value=").count - 1 == size.count)
        base.expectWeight(confirm, size)
    }

    @Test("the list has a checkbox per row, the bulk menu and a live section; the return address keeps the filters")
    func listWithBulk() throws {
        let listing = Listing(items: InstanceFixtures.make(count: 150))
        let query = InstanceListQuery(search: "vm", state: "ACTIVE", sort: .status, page: 1)
        let page = InstanceListPage(instances: listing, query: query, localizer: localizer)
        let html = try base.render("instances", page, section: .instances)
        base.expectTokens(html)
        #expect(html.contains("<section id=\"instance-list\" data-refresh=\"5\""))
        #expect(html.components(separatedBy: "type=\"checkbox\" name=\"instance\"").count - 1 == page.rows.count)
        #expect(html.contains("name=\"return\" value=\"/instances?q=vm&amp;state=ACTIVE&amp;sort=status\""))
        for action in ["start", "stop", "reboot", "shelve", "unshelve", "delete"] {
            #expect(html.contains("<option value=\"\(action)\">"))
        }
        #expect(BulkActionPage.returnURL("https://elsewhere.example/") == "/instances")
        #expect(BulkActionPage.split("my/cloud/id-1").map { [$0.cloud, $0.id] } == ["my/cloud", "id-1"])
    }
}
