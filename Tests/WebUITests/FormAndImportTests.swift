import CloudConfig
import Foundation
import Secrets
import Testing

@testable import WebUI

@Suite("Forms, cloud import and redaction")
struct FormAndImportTests {
    @Test("URL-encoded forms decode + and percent escapes; malformed escapes stay as written")
    func formFields() {
        let form = FormFields(parsing: "name=a+b&url=https%3A%2F%2Fx%2Fv3&empty=&bad=%zz&name2")
        #expect(form["name"] == "a b")
        #expect(form["url"] == "https://x/v3")
        #expect(form["empty"] == "")
        #expect(form.trimmed("empty") == nil)
        #expect(form["bad"] == "%zz")
        #expect(form["name2"] == "")
    }

    static let complete: [String: String] = [
        "name": "lab", "auth_url": "https://keystone.example:5000/v3", "method": "password", "username": "alice",
        "password": "pw", "project": "p",
    ]

    @Test(
        "the login form names the field that is missing or wrong",
        arguments: [
            ("name", ""), ("name", "has space"), ("auth_url", "ftp://x"), ("auth_url", "not a url"), ("username", ""),
            ("password", ""),
        ])
    func loginValidation(field: String, value: String) {
        var fields = Self.complete
        fields[field] = value
        let body = fields.map { "\($0.key)=\(TestBrowser.encode($0.value))" }.joined(separator: "&")
        #expect(throws: WebUIError.invalidForm(field: field)) { try CloudImport.profile(fromLogin: FormFields(parsing: body)) }
    }

    @Test("an application credential login needs its id and secret, and keeps the secret redacted")
    func applicationCredential() throws {
        let body = "name=lab&auth_url=https%3A%2F%2Fk%2Fv3&method=application_credential&credential_id=abc&credential_secret=s3"
        let profile = try CloudImport.profile(fromLogin: FormFields(parsing: body))
        guard case .applicationCredential(let auth) = profile.auth else {
            Issue.record("expected an application credential, got \(profile.auth)")
            return
        }
        #expect(auth.credential == .id("abc"))
        #expect(auth.secret.revealed == "s3")
        #expect(!"\(profile)".contains("s3"))
        #expect(throws: WebUIError.invalidForm(field: "credential_secret")) {
            try CloudImport.profile(fromLogin: FormFields(parsing: body.replacingOccurrences(of: "&credential_secret=s3", with: "")))
        }
    }

    @Test("a pasted clouds.yaml with no cloud, or broken YAML, is refused", arguments: ["clouds: {}", "clouds: [", "just text"])
    func badYAML(text: String) {
        #expect(throws: WebUIError.self) { try CloudImport.profiles(fromYAML: text, allowingServerFiles: true) }
    }

    @Test(
        "URLs lose credentials before they are shown",
        arguments: [
            ("https://u:p@nova.example/v2.1/servers?limit=5", "https://nova.example/v2.1/servers?limit=5"),
            ("https://x/y?token=abc&name=vm", "https://x/y?token=%3Credacted%3E&name=vm"),
            ("https://x/y?X-Amz-Signature=abc", "https://x/y?X-Amz-Signature=%3Credacted%3E"),
        ])
    func redaction(url: String, shown: String) {
        #expect(URLRedaction.redact(url) == shown)
    }
}
