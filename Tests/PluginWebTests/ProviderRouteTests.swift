import CloudConfig
import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PluginHost
import PluginModel
import PluginWeb
import Synchronization
import Testing

@testable import WebUI

/// Plugin providers in the web UI, with Lua fake providers: beside the clouds on the dashboard
/// and the clouds page, in the instance list, and on their own page with its forms.
@Suite struct ProviderRouteTests {
    /// A provider kept in memory, seeded with one instance.
    static let fakeCloud = """
        local instances = { { id = "i-1", name = "seed-1", status = "ACTIVE", size = "small", image = "debian", addresses = { "192.0.2.10" } } }
        local next_id = 2
        local function find(id)
          for i, instance in ipairs(instances) do if instance.id == id then return i, instance end end
        end
        exo.providers.register{
          id = "memory", name = "Fake cloud",
          list_instances = function() return instances end,
          create = function(spec)
            local instance = { id = "i-" .. next_id, name = spec.name, status = "BUILD", size = spec.size, image = spec.image }
            next_id = next_id + 1
            instances[#instances + 1] = instance
            return instance
          end,
          delete = function(id)
            local i = find(id)
            if not i then return nil, { code = "provider.not_found", message = "no instance " .. id } end
            table.remove(instances, i)
            return true
          end,
          action = function(id, name)
            local _, instance = find(id)
            if not instance then return nil, { code = "provider.not_found", message = "no instance " .. id } end
            instance.status = (name == "stop") and "SHUTOFF" or "ACTIVE"
            return true
          end,
          sizes = function() return { { id = "small", name = "Small", vcpus = 1, ram_mib = 2048 } } end,
          images = function() return { { id = "debian", name = "Debian 13" } } end,
        }
        """

    /// A provider whose service is down: every call answers `nil, err`.
    static let brokenCloud = """
        local down = function() return nil, { code = "broken.down", message = "the API is down" } end
        exo.providers.register{
          id = "broken", name = "Broken cloud",
          list_instances = down, create = down, delete = down, action = down, sizes = down, images = down,
        }
        """

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func writePlugin(_ id: String, provider: String, source: String, in root: String) throws {
        let folder = root + "/" + id
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
            id: \(id)
            name: \(id)
            version: 0.1.0
            api: ">=1.0, <2.0"
            description: A fake provider for tests.
            author: Exosphere tests
            capabilities:
              providers: [\(provider)]
            """.write(toFile: folder + "/plugin.yaml", atomically: true, encoding: .utf8)
        try source.write(toFile: folder + "/init.lua", atomically: true, encoding: .utf8)
    }

    /// The two fake providers, loaded as the settings enable them.
    static func extensions(root: String) async throws -> PluginWebExtensions {
        try writePlugin("fake-cloud", provider: "memory", source: fakeCloud, in: root)
        try writePlugin("broken-cloud", provider: "broken", source: brokenCloud, in: root)
        return await PluginWebExtensions.load(
            settings: PluginsSettings(enabled: true, plugins: ["fake-cloud": PluginSettings(enabled: true), "broken-cloud": PluginSettings(enabled: true)]),
            searchPath: PluginSearchPath(folders: [.init(origin: .user, path: root)]),
            environment: PluginEnvironment(logger: Logger(label: "exosphere.tests.providers")), listingLifetime: .zero)
    }

    static func test(
        multiUser: Bool = false, _ body: @escaping @Sendable (any TestClientProtocol, PluginWebExtensions) async throws -> Void
    ) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-providers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let extensions = try await extensions(root: root)
        var configuration = WebUIConfiguration(
            host: multiUser ? "0.0.0.0" : "127.0.0.1", port: 0, themesDirectory: repository.appendingPathComponent("themes"),
            sessionKeyPath: root + "/session.key",
            resources: WebResources(directory: repository.appendingPathComponent("Sources/WebUI/Resources"), reloads: true),
            settings: ExosphereSettings(homeDirectory: root))
        configuration.extensions = extensions
        if multiUser { configuration.publicURL = URL(string: "https://exosphere.test") }
        // Budgets far beyond what the fake providers need, so a busy machine cannot turn a listing into a notice.
        configuration.extensionCardBudget = .seconds(60)
        configuration.extensionPageBudget = .seconds(60)
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.providers"))
        do {
            try await app.application().test(.router) { try await body($0, extensions) }
        } catch {
            await app.close()
            throw error
        }
        await app.close()
    }

    @Test func providersShowBesideTheCloudsWithTheirCounts() async throws {
        try await Self.test { client, _ in
            var browser = Browser(client)
            for path in ["/", "/clouds"] {
                let html = try await browser.page(path)
                #expect(html.contains("<h2 id=\"providers-title\">Other providers</h2>"), "\(path)")
                #expect(html.contains("<tr><td><a href=\"/providers/fake-cloud/memory\">Fake cloud</a></td><td>1</td></tr>"), "\(path)")
                #expect(html.contains("<a href=\"/providers/broken-cloud/broken\">Broken cloud</a>"), "\(path)")
                #expect(html.contains(
                    "The instances of Broken cloud could not be listed: Provider broken of plugin broken-cloud refused list_instances: the API is down (broken.down)"),
                    "\(path)")
            }
        }
    }

    @Test func providerInstancesAreRowsOfTheInstanceList() async throws {
        try await Self.test { client, _ in
            var browser = Browser(client)
            let html = try await browser.page("/instances")
            #expect(html.contains(
                "<tr class=\"provider-row\"><td></td><td><a href=\"/providers/fake-cloud/memory\">seed-1</a></td><td><span class=\"status role-success\">Ready</span></td><td>192.0.2.10</td><td>small</td><td></td><td>Fake cloud</td></tr>"))
            // No bulk box: OpenStack's lifecycle actions do not apply to it.
            #expect(!html.contains("value=\"Fake cloud/i-1\""))
            #expect(html.contains("Showing 1 of 1 instances"))
            // A provider that cannot be listed is among the failures, under its name, as a cloud is.
            #expect(html.contains("<li><strong>Broken cloud</strong>: Provider broken of plugin broken-cloud refused list_instances"))
            #expect(try await browser.page("/instances?q=nothing").contains("seed-1") == false)
            #expect(try await browser.page("/instances?state=SHUTOFF").contains("seed-1") == false)
            #expect(try await browser.page("/instances?q=seed").contains("seed-1"))
        }
    }

    @Test func theProviderPageCreatesActsOnAndDeletesInstances() async throws {
        try await Self.test { client, _ in
            var browser = Browser(client)
            let url = "/providers/fake-cloud/memory"
            let page = try await browser.page(url)
            #expect(page.contains("<td>seed-1</td><td><span class=\"status role-success\">Ready</span></td><td>small</td><td>debian</td><td>192.0.2.10</td>"))
            #expect(page.contains("action=\"\(url)/instances/i-1/actions/stop\""))
            // A running instance is not offered start.
            #expect(!page.contains("action=\"\(url)/instances/i-1/actions/start\""))
            #expect(page.contains("<option value=\"small\">Small (1 vCPU, 2048 MiB)</option>"))
            #expect(page.contains("<option value=\"debian\">Debian 13</option>"))

            // Without the page's CSRF token nothing happens.
            #expect(try await browser.post(url + "/instances", [("name", "vm-x"), ("size", "small"), ("image", "debian")], csrf: false).status != .seeOther)

            let created = try await browser.post(url + "/instances", [("name", "vm-2"), ("size", "small"), ("image", "debian")])
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == url)
            var after = try await browser.page(url)
            #expect(after.contains("vm-2 is being created on Fake cloud."))
            #expect(after.contains("<td>vm-2</td><td><span class=\"status role-attention\">Building</span></td>"))

            #expect(try await browser.post(url + "/instances/i-2/actions/stop", []).status == .seeOther)
            after = try await browser.page(url)
            #expect(after.contains("Stop: Fake cloud accepted it for i-2."))
            #expect(after.contains("<td>vm-2</td><td><span class=\"status role-muted\">Stopped</span></td>"))
            #expect(after.contains("action=\"\(url)/instances/i-2/actions/start\""))
            #expect(!after.contains("action=\"\(url)/instances/i-2/actions/stop\""))
            #expect(try await browser.post(url + "/instances/i-2/actions/resize", []).status == .notFound)
            _ = try await browser.page(url)

            // Delete asks for confirmation.
            #expect(try await browser.post(url + "/instances/i-2/delete", []).status == .seeOther)
            after = try await browser.page(url)
            #expect(after.contains("notice-error"))
            #expect(after.contains("<td>vm-2</td>"))
            #expect(try await browser.post(url + "/instances/i-2/delete", [("confirm", "on")]).status == .seeOther)
            after = try await browser.page(url)
            #expect(after.contains("i-2 is being deleted."))
            #expect(!after.contains("<td>vm-2</td>"))

            // A refusal is a notice naming the provider's reason.
            #expect(try await browser.post(url + "/instances/i-9/actions/start", []).status == .seeOther)
            #expect(try await browser.page(url).contains("refused action: no instance i-9 (provider.not_found)"))
        }
    }

    @Test func aFailingProviderIsANoticeNotAnErrorPage() async throws {
        try await Self.test { client, _ in
            var browser = Browser(client)
            let response = try await browser.get("/providers/broken-cloud/broken")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("id=\"provider-notice\">The instances of Broken cloud could not be listed"))
            #expect(html.contains("id=\"provider-choices-notice\">New instances cannot be created now: Provider broken of plugin broken-cloud refused sizes"))
            #expect(!html.contains("id=\"provider-create-submit\""))
            #expect(try await browser.get("/providers/fake-cloud/nothing").status == .notFound)
        }
    }

    @Test func multiUserModeShowsNoProvider() async throws {
        try await Self.test(multiUser: true) { client, _ in
            var browser = Browser(client)
            let clouds = try await browser.page("/clouds")
            #expect(!clouds.contains("Other providers"))
            #expect(try await browser.get("/providers/fake-cloud/memory").status == .notFound)
        }
    }

    @Test func theExtensionsServeTypedProviderResults() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-providers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let extensions = try await Self.extensions(root: root)
        let providers = await extensions.instanceProviders()
        #expect(providers.map(\.identity) == [
            ProviderIdentity(plugin: "broken-cloud", id: "broken", name: "Broken cloud"),
            ProviderIdentity(plugin: "fake-cloud", id: "memory", name: "Fake cloud"),
        ])
        let fake = providers[1]
        #expect(try await fake.listInstances().map(\.name) == ["seed-1"])
        let choices = try await fake.choices()
        #expect(choices.sizes == [ProviderSize(id: "small", name: "Small", vcpus: 1, ramMiB: 2048)])
        try await fake.create(ProviderCreateRequest(name: "vm-2", size: "small", image: "debian"))
        // The change forgot the cached listing: the new instance shows at once.
        #expect(try await fake.listInstances().map(\.name) == ["seed-1", "vm-2"])
        await #expect(throws: ProviderError.self) { try await providers[0].listInstances() }

        // The core lists both beside the clouds: instances named for their provider, the broken
        // one as a failure under its name.
        let listings = await ProviderListing.load(providers, budget: nil)
        #expect(listings.map { $0.instances?.map(\.name) } == [nil, ["seed-1", "vm-2"]])
        #expect(listings[1].instances?.allSatisfy { $0.provider == fake.identity && $0.project.cloud == "Fake cloud" } == true)
        #expect(listings[0].failure?.cloud == "Broken cloud")
    }
}

/// A slow provider: its listing waits on an HTTP answer the test gives when it chooses.
@Suite struct SlowProviderTests {
    /// Holds every request until ``release()``.
    final class GatedTransport: PluginHTTPTransport {
        private let state = Mutex<(released: Bool, waiting: [CheckedContinuation<Void, Never>], sent: Int)>((false, [], 0))

        func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    state.sent += 1
                    if !state.released { state.waiting.append(continuation) }
                    return state.released
                }
                if resumeNow { continuation.resume() }
            }
            return PluginHTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Array("[]".utf8))
        }

        func release() {
            let waiting = state.withLock { state in
                state.released = true
                defer { state.waiting = [] }
                return state.waiting
            }
            for continuation in waiting { continuation.resume() }
        }

        var sent: Int { state.withLock { $0.sent } }
    }

    @Test func aSlowProviderIsANoticeOnTheDashboardAndItsListingIsShared() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-providers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/slow-cloud"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
            id: slow-cloud
            name: slow-cloud
            version: 0.1.0
            api: ">=1.0, <2.0"
            description: A provider whose API answers late.
            author: Exosphere tests
            capabilities:
              http: ["https://slow.example.org"]
              providers: [slow]
            """.write(toFile: folder + "/plugin.yaml", atomically: true, encoding: .utf8)
        try """
            local down = function() return nil, "unused" end
            exo.providers.register{
              id = "slow", name = "Slow cloud",
              list_instances = function()
                local response, err = exo.http.request{ url = "https://slow.example.org/instances" }
                if not response then return nil, err end
                return response.json
              end,
              create = down, delete = down, action = down, sizes = down, images = down,
            }
            """.write(toFile: folder + "/init.lua", atomically: true, encoding: .utf8)
        let transport = GatedTransport()
        let extensions = await PluginWebExtensions.load(
            settings: PluginsSettings(enabled: true, plugins: ["slow-cloud": PluginSettings(enabled: true)]),
            searchPath: PluginSearchPath(folders: [.init(origin: .user, path: root)]),
            environment: PluginEnvironment(transport: transport, logger: Logger(label: "exosphere.tests.providers")),
            listingLifetime: .seconds(600))
        var configuration = WebUIConfiguration(
            port: 0, themesDirectory: ProviderRouteTests.repository.appendingPathComponent("themes"), sessionKeyPath: root + "/session.key",
            resources: WebResources(directory: ProviderRouteTests.repository.appendingPathComponent("Sources/WebUI/Resources"), reloads: true),
            settings: ExosphereSettings(homeDirectory: root))
        configuration.extensions = extensions
        // The first pages end their wait at the budget, since the provider cannot answer before the
        // release; afterwards the finished listing is at hand at once, well within it.
        configuration.extensionCardBudget = .seconds(2)
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.providers"))
        do {
            try await app.application().test(.router) { client in
                var browser = Browser(client)
                // The provider cannot answer before the release: the budget ends the wait.
                let first = try await browser.page("/")
                #expect(first.contains("The instances of Slow cloud could not be listed: it took longer than 2000 ms."))
                let second = try await browser.page("/clouds")
                #expect(second.contains("it took longer than 2000 ms."))
                // Both pages shared the one listing under way.
                #expect(transport.sent == 1)

                transport.release()
                let provider = try #require(await extensions.instanceProviders().first)
                #expect(try await provider.listInstances().isEmpty)
                let after = try await browser.page("/")
                #expect(after.contains("<tr><td><a href=\"/providers/slow-cloud/slow\">Slow cloud</a></td><td>0</td></tr>"))
                #expect(transport.sent == 1)
            }
        } catch {
            transport.release()
            await app.close()
            throw error
        }
        transport.release()
        await app.close()
    }
}

/// A browser's session cookie and the last page's CSRF token.
struct Browser {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// GETs `uri` and returns its HTML.
    mutating func page(_ uri: String) async throws -> String {
        String(buffer: try await get(uri).body)
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers(), body: nil)
        remember(response)
        return response
    }

    /// POSTs a form with the last page's CSRF token (or none when `csrf` is false).
    mutating func post(_ uri: String, _ fields: [(String, String)], csrf sendsToken: Bool = true) async throws -> TestResponse {
        var all = fields
        if sendsToken, let csrf { all.append(("csrf", csrf)) }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = all.map { ($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "=" + ($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") }
            .joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "\(SessionCookie.name)=\(cookie)" }
        return headers
    }

    private mutating func remember(_ response: TestResponse) {
        if let setCookie = response.headers[.setCookie], let value = setCookie.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last {
            cookie = String(value)
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: "name=\"csrf\" value=\"") {
            csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }
}
