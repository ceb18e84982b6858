import ExosphereCore
import Foundation
import NIOCore
import HTTPTypes
import HummingbirdTesting
import Secrets
import Testing

@testable import WebUI

@Suite("Exporting an application credential")
struct CredentialExportTests {
    @Test("the file holds the secret, quoted so any text reads back", arguments: CredentialExport.Format.allCases)
    func fileText(format: CredentialExport.Format) throws {
        let export = CredentialExport(
            cloud: "lab's cloud", authURL: try #require(URL(string: "https://keystone.example/v3")), regionName: "RegionOne",
            interface: "public", credentialID: "abc123", credentialName: "exo: \"test\"", secret: Secret("s3cr'et#"))
        let text = export.text(format)
        switch format {
        case .cloudsYAML:
            #expect(text.contains("application_credential_secret: \"s3cr'et#\""))
            #expect(text.contains("auth_type: v3applicationcredential"))
            #expect(text.contains("\"lab's cloud\":"))
        case .openrc:
            #expect(text.contains("export OS_APPLICATION_CREDENTIAL_SECRET='s3cr'\\''et#'"))
            #expect(text.contains("export OS_APPLICATION_CREDENTIAL_ID='abc123'"))
            #expect(format.fileName(cloud: export.cloud) == "lab-s-cloud-openrc.sh")
        }
        #expect(!String(describing: export).contains("s3cr"))
    }

    @Test("the download carries the secret; no page, before or after, ever shows it")
    func neverRendered() async throws {
        try await SimulatedCloud.with { endpoint in
            try await TestWebApp.test() { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                let added = try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint))
                #expect(added.status == .seeOther, "\(String(buffer: added.body))")
                let form = String(buffer: try await browser.get("/credentials").body)
                let project = try #require(form.range(of: "<option value=\"").map { form[$0.upperBound...].prefix { $0 != "\"" } })
                let download = try await browser.post(
                    "/credentials", [("project", String(project)), ("name", "exo-test"), ("format", "openrc")])
                #expect(download.status == .ok)
                #expect(download.headers[.contentDisposition] == "attachment; filename=\"sim-openrc.sh\"")
                let text = String(buffer: download.body)
                let secret = try #require(
                    text.split(separator: "\n").first { $0.hasPrefix("export OS_APPLICATION_CREDENTIAL_SECRET=") }.map {
                        String($0.dropFirst("export OS_APPLICATION_CREDENTIAL_SECRET=".count).dropFirst().dropLast())
                    })
                #expect(secret.count >= 8)
                for page in ["/", "/credentials", "/activity", "/clouds", "/instances"] {
                    #expect(!String(buffer: try await browser.get(page).body).contains(secret), "\(page) shows the secret")
                }
            }
        }
    }
}
