import CloudConfig
import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import OpenStackSimulator
import PostgresNIO
import PostgresTesting
import Secrets
import Synchronization
import Testing

@testable import SessionDatabase
@testable import WebUI

/// Hosted mode: replicas that share their sessions through a real PostgreSQL, so any request can
/// go to any of them, a restart signs nobody out, and signing out ends the session everywhere.
// One test at a time: a burst of new databases at the start of a run slows every other test.
@Suite("Sessions shared by replicas through PostgreSQL", .serialized)
struct HostedSessionTests {
    /// A multi-user replica whose sessions are in the database at `address`.
    static func replica(_ address: DatabaseAddress, hosting: HostingSettings = HostingSettings()) async throws -> WebApp {
        // A generous bound: the whole suite shares two cores with this database.
        let database = SessionDatabase(address: address, callTimeout: .seconds(30), logger: Logger(label: "exosphere.tests.hosted"))
        var configuration = TestWebApp.configuration(host: "0.0.0.0")
        configuration.settings.hosting = hosting
        return try await WebApp.hosted(configuration: configuration, database: database, logger: Logger(label: "exosphere.tests.hosted"))
    }

    /// `body` with two replicas on the database at `address` (offering `hosting`'s clouds), each
    /// served through its client.
    static func withTwoReplicas(
        _ address: DatabaseAddress, hosting: HostingSettings = HostingSettings(),
        _ body: @escaping @Sendable (_ first: WebApp, _ a: any TestClientProtocol, _ second: WebApp, _ b: any TestClientProtocol) async throws -> Void
    ) async throws {
        let first = try await replica(address, hosting: hosting)
        let second = try await replica(address, hosting: hosting)
        try await TestWebApp.serve(first) { a in
            try await TestWebApp.serve(second) { b in try await body(first, a, second, b) }
        }
    }

    /// Signs `browser` in to the simulated cloud from the Clouds page; the answer's status.
    static func signIn(_ browser: inout TestBrowser, _ endpoint: SimulatorEndpoint) async throws -> HTTPResponse.Status {
        try await browser.get("/clouds")
        return try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint), origin: TestWebApp.publicOrigin).status
    }

    /// `browser`'s session, carried to another replica's client.
    static func moved(_ browser: TestBrowser, to client: any TestClientProtocol) -> TestBrowser {
        var other = TestBrowser(client)
        other.cookie = browser.cookie
        other.csrf = browser.csrf
        return other
    }

    @Test("a session kept on one replica is served by another: its cloud, its settings and its notice follow it, and a restart keeps it")
    func sessionFollowsTheRequest() async throws {
        let address = try await PostgresCluster.newDatabase()
        try await SimulatedCloud.with { endpoint in
            let cookie = Mutex<String?>(nil)
            try await Self.withTwoReplicas(address) { _, a, _, b in
                var onA = TestBrowser(a)
                #expect(try await Self.signIn(&onA, endpoint) == .seeOther)
                // The page after the sign-in is served by the other replica: the cloud and the notice are there.
                var onB = Self.moved(onA, to: b)
                let clouds = String(buffer: try await onB.get("/clouds").body)
                #expect(clouds.contains("Added sim."))
                #expect(clouds.contains("<td>sim</td>"))
                // The notice showed once, on B; A does not show it again.
                onA = Self.moved(onB, to: a)
                let again = String(buffer: try await onA.get("/clouds").body)
                #expect(again.contains("<td>sim</td>"))
                #expect(!again.contains("Added sim."))
                // A setting saved on A is the setting on B.
                try await onA.get("/settings")
                #expect(try await onA.post("/settings", [("mode", "dark")], origin: TestWebApp.publicOrigin).status == .seeOther)
                onB = Self.moved(onA, to: b)
                #expect(String(buffer: try await onB.get("/settings").body).contains("data-color-mode=\"dark\""))
                cookie.withLock { $0 = onB.cookie }
            }
            // Both replicas stopped: a new one serves the same browser, still signed in.
            let restarted = try await Self.replica(address)
            try await TestWebApp.serve(restarted) { c in
                var onC = TestBrowser(c)
                onC.cookie = cookie.withLock { $0 }
                let page = String(buffer: try await onC.get("/clouds").body)
                #expect(page.contains("<td>sim</td>"))
                #expect(String(buffer: try await onC.get("/instances").body).contains("sim"))
            }
        }
    }

    @Test("single sign-on started on one replica finishes on the other, and the sign-in shows on both")
    func singleSignOnAcrossReplicas() async throws {
        let address = try await PostgresCluster.newDatabase()
        try await SingleSignOnTests.withFederatedSimulator { _, endpoint in
            try await Self.withTwoReplicas(address, hosting: try SingleSignOnTests.offering(endpoint)) { _, a, _, b in
                var onA = TestBrowser(a)
                let keystone = try await SingleSignOnTests.start(&onA)
                let answer = try await SingleSignOnTests.signIn(at: keystone, username: endpoint.username, password: endpoint.password.revealed)
                // Keystone's post reaches the other replica, which finds the sign-in under way in the database.
                var onB = Self.moved(onA, to: b)
                let back = try await onB.post("/sso/callback", [("token", try #require(SingleSignOnTests.token(in: answer.html)))], csrf: .some(nil))
                #expect(back.status == .seeOther)
                onA = Self.moved(onB, to: a)
                let clouds = String(buffer: try await onA.get("/clouds").body)
                #expect(clouds.contains("<td>Campus cloud</td><td>\(endpoint.authURL)</td><td>single sign-on</td>"))
                #expect(String(buffer: try await onA.get("/").body).contains("36 instances"))
            }
        }
    }

    @Test("signing out on one replica ends the session on every replica; the row is gone")
    func signOutEverywhere() async throws {
        let address = try await PostgresCluster.newDatabase()
        try await SimulatedCloud.with { endpoint in
            try await Self.withTwoReplicas(address) { first, a, second, b in
                var onA = TestBrowser(a)
                #expect(try await Self.signIn(&onA, endpoint) == .seeOther)
                var onB = Self.moved(onA, to: b)
                #expect(String(buffer: try await onB.get("/clouds").body).contains("<td>sim</td>"))
                #expect(try await first.store.database?.count() == 1)
                try await onA.get("/clouds")
                #expect(try await onA.post("/logout", [], origin: TestWebApp.publicOrigin).status == .seeOther)
                #expect(try await first.store.database?.count() == 0)
                // B held a live copy; the old cookie now names nothing there either.
                var replay = TestBrowser(b)
                replay.cookie = onB.cookie
                #expect(String(buffer: try await replay.get("/clouds").body).contains("No cloud is added yet."))
                #expect(second.store.count == 0)
            }
        }
    }

    @Test("a person sees each browser signed in as them, on any replica, and signs one out; nobody else can")
    func devicesListedAndEnded() async throws {
        let address = try await PostgresCluster.newDatabase()
        try await SimulatedCloud.with { endpoint in
            try await Self.withTwoReplicas(address) { first, a, _, b in
                var laptop = TestBrowser(a, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0")
                var phone = TestBrowser(b, userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1")
                #expect(try await Self.signIn(&laptop, endpoint) == .seeOther)
                #expect(try await Self.signIn(&phone, endpoint) == .seeOther)
                let settings = String(buffer: try await laptop.get("/settings").body)
                #expect(settings.contains("Firefox on Linux"))
                #expect(settings.contains("Safari on iOS"))
                #expect(settings.contains("This device"))
                let handles = Self.deviceHandles(settings)
                #expect(handles.count == 1)
                let phoneHandle = try #require(handles.first)
                // A browser signed in to no cloud is nobody's device: it cannot end the phone's session.
                var stranger = TestBrowser(a)
                try await stranger.get("/settings")
                #expect(try await stranger.post("/settings", [("mode", "dark")], origin: TestWebApp.publicOrigin).status == .seeOther)
                try await stranger.get("/settings")
                #expect(try await stranger.post("/settings/devices/end", [("device", phoneHandle)], origin: TestWebApp.publicOrigin).status == .badRequest)
                #expect(String(buffer: try await phone.get("/clouds").body).contains("<td>sim</td>"))
                // Its owner can.
                #expect(try await laptop.post("/settings/devices/end", [("device", phoneHandle)], origin: TestWebApp.publicOrigin).status == .seeOther)
                #expect(String(buffer: try await laptop.get("/settings").body).contains("That device is signed out"))
                #expect(String(buffer: try await phone.get("/clouds").body).contains("No cloud is added yet."))
                #expect(try await first.store.database?.count() == 2)
            }
        }
    }

    /// The handles of the sign-out buttons on a Settings page (every device but this one).
    static func deviceHandles(_ page: String) -> [String] {
        page.matches(of: /name="device" value="([^"]+)"/).map { String($0.output.1) }
    }

    @Test("a form sent again to another replica is refused as a replay, as on one replica")
    func replayAcrossReplicas() async throws {
        let address = try await PostgresCluster.newDatabase()
        try await Self.withTwoReplicas(address) { _, a, _, b in
            var onA = TestBrowser(a)
            try await onA.get("/settings")
            let token = try #require(onA.csrf)
            #expect(try await onA.post("/settings", [("mode", "dark")], origin: TestWebApp.publicOrigin).status == .seeOther)
            var onB = Self.moved(onA, to: b)
            #expect(try await onB.post("/settings", [("mode", "light")], csrf: token, origin: TestWebApp.publicOrigin).status == .forbidden)
            // A fresh token from B's own page works there.
            try await onB.get("/settings")
            #expect(try await onB.post("/settings", [("mode", "light")], origin: TestWebApp.publicOrigin).status == .seeOther)
        }
    }

    @Test("the database alone opens nothing: the row holds no password, and the server key does not unseal it")
    func databaseHoldsNoSecret() async throws {
        let address = try await PostgresCluster.newDatabase()
        try await SimulatedCloud.with { endpoint in
            let replica = try await Self.replica(address)
            try await TestWebApp.serve(replica) { client in
                var browser = TestBrowser(client)
                #expect(try await Self.signIn(&browser, endpoint) == .seeOther)
                let database = try #require(replica.store.database)
                var rows: [Data] = []
                for try await sealed in try await database.client.query("SELECT sealed FROM exosphere_sessions", logger: Logger(label: "test"))
                    .decode(Data.self)
                {
                    rows.append(sealed)
                }
                let sealed = try #require(rows.first)
                #expect(rows.count == 1)
                let password = Data(endpoint.password.revealed.utf8)
                #expect(sealed.range(of: password) == nil)
                #expect(sealed.range(of: Data(endpoint.authURL.utf8)) == nil)
                // With everything the database holds (the server key included) the row stays shut.
                let serverKey = SymmetricKey(data: try await database.serverKey(named: "sessions"))
                #expect(SessionSnapshot.opened(sealed, with: serverKey) == nil)
                // With the key the browser's cookie carries, it opens.
                let cookie = try #require(browser.cookie)
                let contents = try #require(replica.store.cookie.open(cookie))
                let snapshot = try #require(SessionSnapshot.opened(sealed, with: SymmetricKey(data: contents.dataKey)))
                #expect(snapshot.clouds.map(\.name) == ["sim"])
            }
        }
    }

    @Test("a replica whose database does not answer says so on /readyz and on pages, and never shows the password")
    func databaseDown() async throws {
        let address = try await PostgresCluster.newDatabase()
        let replica = try await Self.replica(address)
        try await TestWebApp.serve(replica) { client in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            #expect(try await browser.post("/settings", [("mode", "dark")], origin: TestWebApp.publicOrigin).status == .seeOther)
            await replica.store.database?.stop()
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(String(buffer: ready.body).contains("session database"))
            let page = try await browser.get("/settings")
            #expect(page.status == .badGateway)
            #expect(String(buffer: page.body).contains("session database"))
            // A newcomer's first form is refused too (its cookie cannot be looked up), and nothing is kept here.
            #expect(replica.store.count == 1)
            var newcomer = TestBrowser(client)
            try await newcomer.get("/about")
            #expect(try await newcomer.post("/settings", [("mode", "dark")], origin: TestWebApp.publicOrigin).status == .badGateway)
            #expect(replica.store.count == 1)
        }
    }

    @Test("sessions in a database need a multi-user server")
    func loopbackRefused() async throws {
        let database = SessionDatabase(address: try DatabaseAddress("postgres://x@127.0.0.1:1/x"), logger: Logger(label: "test"))
        await #expect(throws: WebUIError.hostedNeedsMultiUser) {
            try await WebApp.hosted(configuration: TestWebApp.configuration(), database: database, logger: Logger(label: "test"))
        }
    }
}
