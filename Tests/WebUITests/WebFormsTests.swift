import ExosphereCore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Localization
import Logging
import NIOCore
import OpenStackSimulator
import Testing

@testable import WebUI

/// A simulator whose clock the test moves (speed 0.001), a workspace signed in to it, and the web
/// app over that workspace.
struct SteppedCloud: Sendable {
    let server: SimulatorServer
    let workspace: CloudWorkspace
    let app: WebApp

    static func with(speed: Double = 0.001, maximumUploadBytes: Int64? = nil, _ body: @Sendable (SteppedCloud, any TestClientProtocol) async throws -> Void) async throws {
        var options = SimulatorOptions()
        options.speed = speed
        let server = SimulatorServer(options: options, logger: Logger(label: "exosphere.tests.simulator"))
        let endpoint = try await server.start()
        do {
            let workspace = try LiveStateTests.workspace(endpoint)
            var configuration = TestWebApp.configuration()
            if let maximumUploadBytes { configuration.maximumUploadBytes = maximumUploadBytes }
            let app = try WebApp(configuration: configuration, sharedWorkspace: workspace, logger: Logger(label: "exosphere.tests.webui"))
            let cloud = SteppedCloud(server: server, workspace: workspace, app: app)
            do {
                try await app.application().test(.router) { client in try await body(cloud, client) }
            } catch {
                await app.close()
                throw error
            }
            await app.close()
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The instances the store lists that `matches` accepts.
    func instances(where matches: (Instance) -> Bool) async -> [Instance] {
        await workspace.instances().items.filter(matches).sorted { $0.id < $1.id }
    }

    static func detailURL(_ instance: Instance) -> String {
        "/instances/" + PathComponent.encode(instance.project.cloud) + "/" + PathComponent.encode(instance.id)
    }
}

@Suite("Image upload, resize and rebuild, bulk actions: the forms against the simulator")
struct WebFormsTests {
    static let image: [UInt8] = Array("QFI\u{fb} a tiny pretend disk image".utf8)

    @Test("an uploaded file becomes an image listed on the Images page, its format guessed from the extension")
    func upload() async throws {
        try await SteppedCloud.with(speed: 1) { _, client in
            var browser = TestBrowser(client)
            let page = String(buffer: try await browser.get("/images").body)
            #expect(page.contains("enctype=\"multipart/form-data\""))
            #expect(page.contains("data-max-bytes=\"8589934592\""))
            let response = try await browser.postMultipart(
                "/images/upload", [("cloud", "simulator"), ("name", ""), ("disk_format", "")],
                files: [("file", "web-upload.qcow2", Self.image)])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/images?cloud=simulator")
            let listed = String(buffer: try await browser.get("/images?cloud=simulator").body)
            #expect(listed.contains("Image web-upload is uploaded and ready."))
            #expect(listed.contains("<td>web-upload"))
        }
    }

    @Test("an upload without a token or with another session's is refused; the X-CSRF-Token header works")
    func uploadCSRF() async throws {
        try await SteppedCloud.with(speed: 1) { _, client in
            var victim = TestBrowser(client)
            try await victim.get("/images")
            var attacker = TestBrowser(client)
            try await attacker.get("/images")
            let file = [(field: "file", filename: "x.raw", data: Self.image)]
            #expect(try await victim.postMultipart("/images/upload", [("name", "forged")], files: file, csrf: .some(nil)).status == .forbidden)
            #expect(try await victim.postMultipart("/images/upload", [("name", "forged")], files: file, csrf: attacker.csrf).status == .forbidden)
            let token = try #require(victim.csrf)
            let byHeader = try await victim.postMultipart(
                "/images/upload", [("name", "by-header")], files: file, csrf: .some(nil), extra: [("X-CSRF-Token", token)])
            #expect(byHeader.status == .seeOther)
        }
    }

    @Test("no file, an unknown disk format, or a file over the limit: refused with a clear error")
    func uploadBadInput() async throws {
        try await SteppedCloud.with(speed: 1, maximumUploadBytes: 2048) { _, client in
            var browser = TestBrowser(client)
            try await browser.get("/images")
            let noFile = try await browser.postMultipart("/images/upload", [("name", "n")], files: [("file", "", [])])
            #expect(noFile.status == .badRequest)
            #expect(String(buffer: noFile.body).contains("The field file is missing or not valid."))
            try await browser.get("/images")
            let badFormat = try await browser.postMultipart("/images/upload", [("disk_format", "exe")], files: [("file", "a.img", Self.image)])
            #expect(badFormat.status == .badRequest)
            #expect(String(buffer: badFormat.body).contains("The field disk_format is missing or not valid."))
            try await browser.get("/images")
            let large = try await browser.postMultipart("/images/upload", [], files: [("file", "big.iso", Array(repeating: 1, count: 4096))])
            #expect(large.status == .contentTooLarge)
            #expect(String(buffer: large.body).contains("The upload is larger than this server accepts (2 KiB)."))
            // A file sent to a form that takes none is refused too.
            try await browser.get("/images")
            let elsewhere = try await browser.postMultipart("/volumes", [("name", "v"), ("size", "1")], files: [("file", "a.img", Self.image)])
            #expect(elsewhere.status == .badRequest)
        }
    }

    @Test("resize: the page offers the other flavors grouped; the post resizes; confirm shows when VERIFY_RESIZE")
    func resize() async throws {
        try await SteppedCloud.with { cloud, client in
            var browser = TestBrowser(client)
            let instance = try #require(await cloud.instances { $0.status == "ACTIVE" && $0.taskState == nil }.first)
            let detailURL = SteppedCloud.detailURL(instance)
            let detail = String(buffer: try await browser.get(detailURL).body)
            #expect(detail.contains("href=\"\(detailURL)/resize\""))
            #expect(detail.contains("href=\"\(detailURL)/rebuild\""))

            let form = String(buffer: try await browser.get(detailURL + "/resize").body)
            #expect(form.contains("<optgroup"))
            #expect(form.contains("action=\"\(detailURL)/actions/resize\""))
            let flavor = try #require(Self.firstOption(in: form))
            #expect(try await browser.post(detailURL + "/actions/resize", [], csrf: .some(nil)).status == .forbidden)
            try await browser.get(detailURL + "/resize")
            let missing = try await browser.post(detailURL + "/actions/resize", [("flavor", " ")])
            #expect(missing.status == .badRequest)
            #expect(String(buffer: missing.body).contains("The field flavor is missing or not valid."))

            try await browser.get(detailURL + "/resize")
            #expect(try await browser.post(detailURL + "/actions/resize", [("flavor", flavor)]).status == .seeOther)
            await cloud.server.advanceClock(by: .seconds(60))
            await cloud.workspace.expedite(instance.project)
            let verifying = try await LifecycleFlowTests.poll(&browser, detailURL) { $0.contains("id=\"resize-pending\"") }
            #expect(verifying.contains("/actions/confirm-resize\""))
            #expect(verifying.contains("/actions/revert-resize\""))
            #expect(try await browser.post(detailURL + "/actions/confirm-resize", []).status == .seeOther)
        }
    }

    @Test("rebuild: the page warns that the disk is erased; without the box ticked nothing happens")
    func rebuild() async throws {
        try await SteppedCloud.with { cloud, client in
            var browser = TestBrowser(client)
            let instance = try #require(await cloud.instances { $0.status == "ACTIVE" && $0.taskState == nil }.first)
            let detailURL = SteppedCloud.detailURL(instance)
            let form = String(buffer: try await browser.get(detailURL + "/rebuild").body)
            #expect(form.contains("Rebuilding erases the instance&#39;s disk."))
            let image = try #require(Self.firstOption(in: form))
            let unconfirmed = try await browser.post(detailURL + "/actions/rebuild", [("image", image)])
            #expect(unconfirmed.status == .badRequest)
            #expect(String(buffer: unconfirmed.body).contains("the confirmation box was not ticked"))
            try await browser.get(detailURL + "/rebuild")
            #expect(try await browser.post(detailURL + "/actions/rebuild", [("image", image), ("erase", "on")]).status == .seeOther)
            let after = String(buffer: try await browser.get(detailURL).body)
            #expect(after.contains("the cloud accepted the request for \(instance.name)"))
        }
    }

    @Test("a refused resize page says why in the matrix's words and offers no form")
    func refusedResize() async throws {
        try await SteppedCloud.with { cloud, client in
            var browser = TestBrowser(client)
            let matrix = ActionMatrix()
            let refused = try #require(await cloud.instances { matrix.refusal(for: .resize, in: InstanceState($0)) != nil }.first)
            let refusal = try #require(matrix.refusal(for: .resize, in: InstanceState(refused)))
            let page = String(buffer: try await browser.get(SteppedCloud.detailURL(refused) + "/resize").body)
            #expect(page.contains("id=\"resize-refused\""))
            #expect(page.contains(HTMLEscaping.escape(SourceLanguageLocalizer().text(ActionWords.reason(refusal)))))
            #expect(!page.contains("id=\"resize-form\""))
        }
    }

    @Test("bulk stop: each ticked instance's outcome, refusals in the matrix's words, then the list again")
    func bulkStop() async throws {
        try await SteppedCloud.with { cloud, client in
            var browser = TestBrowser(client)
            let matrix = ActionMatrix()
            let active = await cloud.instances { $0.status == "ACTIVE" && $0.taskState == nil }.prefix(2)
            let refused = try #require(await cloud.instances { matrix.refusal(for: .stop, in: InstanceState($0)) != nil }.first)
            let refusal = try #require(matrix.refusal(for: .stop, in: InstanceState(refused)))
            #expect(active.count == 2)
            let list = String(buffer: try await browser.get("/instances?state=ACTIVE&sort=status").body)
            #expect(list.contains("id=\"instance-list\" data-refresh"))
            #expect(list.contains("name=\"return\" value=\"/instances?state=ACTIVE&amp;sort=status\""))
            let keys = (Array(active) + [refused]).map { "\($0.project.cloud)/\($0.id)" }
            let fields = keys.map { ("instance", $0) } + [("bulk_action", "stop"), ("return", "/instances?state=ACTIVE&sort=status")]

            #expect(try await browser.post("/instances/bulk", fields, csrf: .some(nil)).status == .forbidden)
            try await browser.get("/instances")
            let result = try await browser.post("/instances/bulk", fields)
            let page = String(buffer: result.body)
            #expect(result.status == .ok)
            #expect(page.contains("Stop: 2 accepted, 1 not"))
            #expect(page.components(separatedBy: "Accepted: the cloud is working on it.").count == 3)
            #expect(page.contains(HTMLEscaping.escape(SourceLanguageLocalizer().text(ActionWords.reason(refusal)))))
            #expect(page.contains("href=\"/instances?state=ACTIVE&amp;sort=status\" id=\"back-to-list\""))
            await cloud.server.advanceClock(by: .seconds(30))
            await cloud.workspace.expedite(active[active.startIndex].project)
            let stopped = try await LifecycleFlowTests.poll(&browser, SteppedCloud.detailURL(active[active.startIndex])) {
                $0.contains("/actions/start\"")
            }
            #expect(stopped.contains("/actions/start\""))
        }
    }

    @Test("bulk posts with no instance, an action the list does not offer, or a malformed key are refused")
    func bulkBadInput() async throws {
        try await SteppedCloud.with { cloud, client in
            var browser = TestBrowser(client)
            let instance = try #require(await cloud.instances { _ in true }.first)
            let key = "\(instance.project.cloud)/\(instance.id)"
            for (fields, field) in [
                ([("bulk_action", "stop")], "instance"), ([("instance", key), ("bulk_action", "rebuild")], "bulk_action"),
                ([("instance", "no-slash"), ("bulk_action", "stop")], "instance"),
            ] {
                try await browser.get("/instances")
                let response = try await browser.post("/instances/bulk", fields)
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("The field \(field) is missing or not valid."))
            }
        }
    }

    @Test("bulk delete asks first, then deletes what was confirmed")
    func bulkDelete() async throws {
        try await SteppedCloud.with { cloud, client in
            var browser = TestBrowser(client)
            let chosen = await cloud.instances { $0.status == "ACTIVE" && $0.taskState == nil }.prefix(2)
            let fields = chosen.map { ("instance", "\($0.project.cloud)/\($0.id)") } + [("bulk_action", "delete")]
            try await browser.get("/instances")
            let confirmation = String(buffer: try await browser.post("/instances/bulk", fields).body)
            #expect(confirmation.contains("Delete 2 instances?"))
            #expect(confirmation.contains("name=\"confirm\" value=\"yes\""))
            for instance in chosen { #expect(confirmation.contains(">\(instance.name)</a>")) }
            let result = String(buffer: try await browser.post("/instances/bulk", fields + [("confirm", "yes")]).body)
            #expect(result.contains("Delete: 2 accepted, 0 not"))
        }
    }

    /// The value of the first `<option>` with a non-empty value.
    static func firstOption(in html: String) -> String? {
        html.components(separatedBy: "<option value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.first { !$0.isEmpty }
    }
}
