import BrowserTesting
import Foundation
import Testing

extension BrowserTests {
    /// What the credential form answered, as the page's own `fetch` saw it.
    struct Download: Decodable, Sendable {
        var status: Int
        var disposition: String?
        var text: String
    }

    /// Posts the credentials form as it is filled in, from the page (same origin, its cookie and
    /// CSRF token), and hands back the answer: a download a headless window would save unseen.
    static let postCredentialForm = """
        const done = arguments[arguments.length - 1];
        const form = document.querySelector('form[action="/credentials"]');
        fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin" })
          .then((answer) => answer.text().then((text) => done({
            status: answer.status, disposition: answer.headers.get("Content-Disposition"), text: text })))
          .catch((error) => done({ status: 0, disposition: null, text: String(error) }));
        """

    @Test("export an application credential as clouds.yaml and as openrc; its secret is only in the downloads")
    func exportCredentials() async throws {
        try await DemoProcess.with { demo in
            try await withBrowser { browser in
                try await browser.navigate(demo.webURL)
                let formats = [
                    ("clouds.yaml", "clouds.yaml", "application_credential_secret: "),
                    ("openrc", "simulator-openrc.sh", "export OS_APPLICATION_CREDENTIAL_SECRET="),
                ]
                var secrets: [String] = []
                for (format, fileName, secretPrefix) in formats {
                    try await browser.navigate(demo.baseURL + "credentials")
                    let name = try await browser.find("#name")
                    try await browser.clear(name)
                    try await browser.type("browser-" + format, into: name)
                    try await browser.select(format, in: "#format")
                    if format == "openrc" { try await save(browser, "credentials") }
                    let download = try await browser.executeAsync(Self.postCredentialForm, as: Download.self)
                    #expect(download.status == 200, "\(download.text)")
                    #expect(download.disposition == "attachment; filename=\"\(fileName)\"")
                    let line = try #require(
                        download.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(secretPrefix) },
                        "no secret in the \(format) download:\n\(download.text)")
                    let secret = line.dropFirst(secretPrefix.count).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    #expect(secret.count >= 8)
                    secrets.append(secret)
                    if format == "clouds.yaml" {
                        #expect(download.text.contains("auth_type: v3applicationcredential"))
                        #expect(download.text.contains("application_credential_id: "))
                    } else {
                        #expect(download.text.contains("export OS_AUTH_TYPE="))
                        #expect(download.text.contains("export OS_APPLICATION_CREDENTIAL_ID="))
                    }
                }
                #expect(Set(secrets).count == 2, "each export is a new credential with its own secret")
                for page in ["", "credentials", "activity", "clouds", "instances", "settings"] {
                    try await browser.navigate(demo.baseURL + page)
                    let source = try await browser.pageSource()
                    for secret in secrets {
                        #expect(!source.contains(secret), "/\(page) shows an exported secret")
                    }
                }
            }
        }
    }
}
