import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import WebUI

@Suite("Launch, act on and equip an instance through the pages, against the simulator")
struct LifecycleFlowTests {
    /// GETs `uri` until its page satisfies `done`, for up to `timeout`; returns the last page.
    static func poll(
        _ browser: inout TestBrowser, _ uri: String, timeout: Duration = .seconds(60), until done: (String) -> Bool
    ) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var page = ""
        while clock.now < deadline {
            let response = try await browser.get(uri)
            page = String(buffer: response.body)
            if response.status == .ok, done(page) { return page }
            try await Task.sleep(for: .milliseconds(250))
        }
        return page
    }

    @Test("launch with the defaults, see the passphrase once, stop the instance, attach a new volume")
    func launchActAttach() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.test() { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)

                let form = String(buffer: try await browser.get("/launch").body)
                #expect(form.contains("a name made up for you"))
                #expect(form.contains("<meter"))
                let preview = try await browser.post("/launch", [("cloud", "sim"), ("count", "2"), ("intent", "preview")])
                #expect(String(buffer: preview.body).contains("value=\"2\""))

                let launched = try await browser.post("/launch", [("cloud", "sim"), ("name", "web-flow"), ("intent", "launch")])
                #expect(launched.status == .ok)
                #expect(launched.headers[.cacheControl] == "no-store")
                let result = String(buffer: launched.body)
                #expect(result.contains("Log in as exouser"))
                let link = try #require(result.range(of: "<a href=\"/instances/sim/").map { result[$0.lowerBound...].dropFirst(9).prefix { $0 != "\"" } })
                let detailURL = String(link)

                let ready = try await Self.poll(&browser, detailURL) { $0.contains("/actions/stop\"") }
                #expect(ready.contains("id=\"setup-status\""))
                #expect(!ready.contains(try #require(result.range(of: "id=\"passphrase\" class=\"code\" type=\"text\" readonly value=\"")
                    .map { String(result[$0.upperBound...].prefix { $0 != "\"" }) })))

                #expect(try await browser.post(detailURL + "/actions/stop", []).status == .seeOther)
                let stopped = try await Self.poll(&browser, detailURL) { $0.contains("/actions/start\"") }
                #expect(stopped.contains("/actions/start\""))

                #expect(try await browser.post("/volumes", [("cloud", "sim"), ("name", "scratch-web"), ("size", "1")]).status == .seeOther)
                let attachable = try await Self.poll(&browser, detailURL) { $0.contains("data-name=\"scratch-web\"") }
                let volumeID = try #require(Self.option(named: "scratch-web", in: attachable))
                #expect(try await browser.post(detailURL + "/volumes/attach", [("volume", volumeID)]).status == .seeOther)
                let attached = try await Self.poll(&browser, detailURL) { $0.contains("<td data-name=\"scratch-web\">") }
                #expect(attached.contains("<td data-name=\"scratch-web\">"))
            }
        }
    }

    /// The value of the `<option>` whose `data-name` is `name`.
    static func option(named name: String, in html: String) -> String? {
        html.components(separatedBy: "<option value=\"").dropFirst().first { $0.drop { $0 != "\"" }.hasPrefix("\" data-name=\"\(name)\"") }
            .map { String($0.prefix { $0 != "\"" }) }
    }
}
