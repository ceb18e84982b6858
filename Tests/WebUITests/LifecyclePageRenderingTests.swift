import CloudConfig
@testable import ExosphereCore
import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing

@testable import WebUI

@Suite("Lifecycle and resource page templates with empty, normal and huge data")
struct LifecyclePageRenderingTests {
    let renderer: TemplateRenderer
    let localizer = SourceLanguageLocalizer()

    init() throws {
        renderer = try TemplateRenderer(directory: TestWebApp.resources.templates, reloads: false)
    }

    func render(_ template: String, _ page: Any, section: PageChrome.Section = .none) throws -> String {
        let chrome = PageChrome(
            appTitle: "Exosphere", pageTitle: "Title", lang: "en", colorMode: "auto", themeCSS: "/theme/default.css?v=1", logo: nil,
            favicon: nil, csrf: "token-123", section: section, notice: nil, multiUser: false)
        let html = try renderer.render(template, page: page, chrome: chrome, localizer: localizer)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(!html.contains("<script>"))
        #expect(!html.contains(" style="))
        #expect(!html.contains("{{"))
        return html
    }

    /// Every form that posts carries the page's CSRF token.
    func expectTokens(_ html: String) {
        let posts = html.components(separatedBy: "method=\"post\"").count - 1
        let tokens = html.components(separatedBy: "name=\"csrf\" value=\"token-123\"").count - 1
        #expect(posts == tokens)
    }

    func expectWeight(_ html: String, _ size: DataSize) {
        if size == .huge { #expect(html.utf8.count < 1_500_000) }
    }

    @Test("volumes", arguments: DataSize.allCases)
    func volumes(size: DataSize) throws {
        let html = try render("volumes", VolumesPage(tabs: LifecycleFixtures.tabs(.volumes), volumes: LifecycleFixtures.volumes(size.count)))
        expectTokens(html)
        #expect(html.contains("action=\"/volumes\""))
        #expect(html.contains("This project has no volumes.") == (size == .empty))
        let deletes = html.components(separatedBy: "/delete\"").count - 1
        #expect(deletes == (0..<size.count).filter { $0 % 3 != 0 }.count)
        if size != .empty { #expect(html.contains("<a href=\"/instances/cloud0/vm-id-0\">vm-0</a>")) }
        #expect(html.contains("aria-current=\"page\">Volumes</a>"))
        expectWeight(html, size)
    }

    @Test("public IP addresses flag orphans", arguments: DataSize.allCases)
    func floatingIPs(size: DataSize) throws {
        let page = FloatingIPsPage(
            tabs: LifecycleFixtures.tabs(.floatingIPs), floatingIPs: LifecycleFixtures.floatingIPs(size.count),
            instances: InstanceFixtures.make(count: min(size.count, 5)))
        let html = try render("floating-ips", page)
        expectTokens(html)
        #expect(html.contains("still count against your quota") == (size != .empty))
        #expect(html.components(separatedBy: "Nothing (unused)").count - 1 == (size.count + 1) / 2)
        #expect(html.components(separatedBy: "/release\"").count - 1 == size.count)
        expectWeight(html, size)
    }

    @Test("key pairs", arguments: DataSize.allCases)
    func keypairs(size: DataSize) throws {
        let html = try render("keypairs", KeypairsPage(tabs: LifecycleFixtures.tabs(.keypairs), keypairs: LifecycleFixtures.keypairs(size.count)))
        expectTokens(html)
        #expect(html.contains("You have no key pairs.") == (size == .empty))
        #expect(html.components(separatedBy: "name=\"name\" value=\"key ").count - 1 == size.count)
        expectWeight(html, size)
    }

    @Test("security groups", arguments: DataSize.allCases)
    func securityGroups(size: DataSize) throws {
        let page = SecurityGroupsPage(tabs: LifecycleFixtures.tabs(.securityGroups), groups: LifecycleFixtures.securityGroups(size.count), localizer: localizer)
        let html = try render("security-groups", page)
        expectTokens(html)
        #expect(html.components(separatedBy: "/ensure\"").count - 1 == size.count / 2)
        if size != .empty {
            #expect(html.contains("in: tcp 22, 0.0.0.0/0 (IPv4)"))
            #expect(html.contains("in: tcp 80-81, anywhere (IPv4)"))
        }
        expectWeight(html, size)
    }

    @Test("images list OS names and offer deleting only the project's own", arguments: DataSize.allCases)
    func images(size: DataSize) throws {
        let images = LifecycleFixtures.images(size.count)
        let snapshots = ImageCatalog(images: images, settings: LifecycleFixtures.settings).snapshots.map(\.id)
        let page = ImagesPage(tabs: LifecycleFixtures.tabs(.images), images: images, projectID: "p0", snapshotIDs: Set(snapshots))
        let html = try render("images", page)
        expectTokens(html)
        #expect(html.components(separatedBy: "/delete\"").count - 1 == size.count / 2)
        if size != .empty { #expect(html.contains("Ubuntu")) }
        expectWeight(html, size)
    }

    @Test("quotas as bars", arguments: [0, 3, QuotaResource.allCases.count])
    func quotas(count: Int) throws {
        let page = QuotasPage(tabs: LifecycleFixtures.tabs(.quotas), usage: LifecycleFixtures.quota(count), localizer: localizer)
        let html = try render("quotas", page)
        #expect(html.components(separatedBy: "<meter").count - 1 == count)
        #expect(html.contains("The cloud reported no quotas.") == (count == 0))
        if count > 1 { #expect(html.contains("2 used, no limit")) }
    }

    @Test("instance actions: allowed ones post, refused ones say why", arguments: DataSize.allCases)
    func instanceActions(size: DataSize) throws {
        // The sixth fixture is ACTIVE with no task under way.
        let instance = try #require(InstanceFixtures.make(count: 6).last)
        var page = InstanceDetailPage(instance: instance, localizer: localizer)
        page.extras = InstanceExtras(
            setup: .running(step: "jupyter"), volumes: LifecycleFixtures.volumes(size.count).map {
                var volume = $0
                volume.attachments = volume.attachments.map { VolumePlacement(instanceID: instance.id, instanceName: $0.instanceName, device: $0.device) }
                return volume
            }, instanceID: instance.id, console: String(repeating: "boot line\n", count: size.count), localizer: localizer)
        let html = try render("instance", page, section: .instances)
        expectTokens(html)
        #expect(html.contains("/actions/stop\""))
        #expect(html.contains("id=\"action-start\" disabled"))
        #expect(html.contains("Not possible while the instance is ACTIVE."))
        #expect(html.contains("href=\"\(page.instance.detailURL)/delete\""))
        #expect(html.contains("openstack server stop \(instance.id)"))
        #expect(html.contains("Setting up: jupyter"))
        #expect(html.contains("<progress"))
        #expect(html.components(separatedBy: "/volumes/detach\"").count - 1 == (0..<size.count).filter { $0 % 3 == 0 }.count)
        #expect(html.contains("Console log") == (size != .empty))
        #expect(html.components(separatedBy: "boot line").count - 1 == min(size.count, InstanceExtras.consoleLines))
    }

    @Test("delete confirmation offers the extras, unchecked")
    func deletion() throws {
        let instance = try #require(InstanceFixtures.make(count: 1).first)
        let volume = try #require(LifecycleFixtures.volumes(1).first)
        let plan = DeletionPlan(
            instance: instance, floatingIPs: LifecycleFixtures.floatingIPs(2), volumes: [CascadeVolume(volume: volume, reason: .createdForInstance)])
        let html = try render("instance-delete", DeletionPage(plan: plan, detailURL: "/instances/cloud0/x", localizer: localizer))
        expectTokens(html)
        #expect(html.contains("name=\"release_ips\">"))
        #expect(html.contains("name=\"delete_volumes\">"))
        #expect(html.contains("created with it, 10 GiB"))
        #expect(html.contains("openstack volume delete vol-0"))
        let bare = try render("instance-delete", DeletionPage(plan: DeletionPlan(instance: instance, floatingIPs: [], volumes: []), detailURL: "/x", localizer: localizer))
        #expect(!bare.contains("release_ips"))
        #expect(!bare.contains("delete_volumes"))
    }

    @Test("launch form groups images and flavors and explains the plan", arguments: DataSize.allCases)
    func launchForm(size: DataSize) throws {
        let offer = LaunchFormPage.Offer(
            clouds: ["cloud0"], images: ImageCatalog(images: LifecycleFixtures.images(size.count), settings: LifecycleFixtures.settings),
            flavors: FlavorCatalog(flavors: LifecycleFixtures.flavors(size.count), settings: LifecycleFixtures.settings), keypairs: ["mykey"])
        let input = try LaunchFormInput { _ in nil }
        let page = LaunchFormPage(input: input, offer: offer, plan: .success(LifecycleFixtures.plan(instances: 1)), localizer: localizer)
        let html = try render("launch", page, section: .instances)
        expectTokens(html)
        #expect(html.contains("value=\"brave-otter-42\""))
        #expect(html.contains("Named brave-otter-42, a name made up for you."))
        #expect(html.contains("<meter"))
        #expect(html.contains("<optgroup label=\"Recommended\">") == (size != .empty))
        #expect(html.contains("<optgroup label=\"Your snapshots\">") == (size != .empty))
        #expect(html.contains("GPU — With an NVIDIA A100") == (size.count > 1))
        #expect(html.contains("name=\"software_jupyter\""))
        expectWeight(html, size)
    }

    @Test("launch form shows why the choices cannot launch")
    func launchFormProblem() throws {
        let offer = LaunchFormPage.Offer(
            clouds: ["cloud0", "cloud1"], images: ImageCatalog(images: [], settings: LaunchSettings()),
            flavors: FlavorCatalog(flavors: [], settings: LaunchSettings()), keypairs: [])
        let input = try LaunchFormInput { $0 == "count" ? "3" : nil }
        let shortfall = QuotaShortfall(resource: .cores, needed: 6, available: 2)
        let page = LaunchFormPage(input: input, offer: offer, plan: .failure(CoreError.quotaShort([shortfall])), localizer: localizer)
        let html = try render("launch", page, section: .instances)
        #expect(html.contains("The project&#39;s quota is too small") || html.contains("The project's quota is too small"))
        #expect(html.contains("<select id=\"cloud\" name=\"cloud\">"))
        #expect(html.contains("value=\"3\""))
        #expect(!html.contains("<meter"))
    }

    @Test("launch result reveals the passphrase once, with links to the instances", arguments: [1, 3])
    func launchResult(count: Int) throws {
        let result = LaunchResult(
            instances: (0..<count).map { LaunchedInstance(id: "id-\($0)", name: "vm-\($0)", fixedAddress: "10.0.0.\($0)", publicAddress: nil, volumeID: nil) },
            user: "exouser", passphrase: Secret("correct horse battery"), plan: LifecycleFixtures.plan(instances: count))
        let html = try render("launch-result", LaunchResultPage(result: result, cloud: "cloud 0"), section: .instances)
        #expect(html.contains("value=\"correct horse battery\""))
        #expect(html.contains("Log in as exouser"))
        #expect(html.components(separatedBy: "class=\"launched\"").count - 1 == count)
        #expect(html.contains("href=\"/instances/cloud%200/id-0\""))
    }

    @Test("form input: blank fields are left to the planner, bad numbers name their field")
    func formInput() throws {
        let fields = ["name": " ", "count": "2", "boot_volume": "30", "no_public_ip": "on", "software_rstudio": "on", "keypair": "k"]
        let input = try LaunchFormInput { fields[$0] }
        #expect(input.name == nil)
        #expect(input.request.count == 2)
        #expect(input.request.bootVolumeSizeGiB == 30)
        #expect(input.request.publicIP == false)
        #expect(input.request.software == [.rstudio])
        #expect(throws: WebUIError.numberOutOfRange(field: "count", maximum: LaunchFormInput.maximumCount)) {
            try LaunchFormInput { $0 == "count" ? "many" : nil }
        }
        #expect(throws: WebUIError.numberOutOfRange(field: "extra_volume", maximum: LaunchFormInput.maximumVolumeGiB)) {
            try LaunchFormInput { $0 == "extra_volume" ? "-1" : nil }
        }
    }
}
