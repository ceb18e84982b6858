import ExosphereCore
import Foundation
import Hummingbird
import Localization
import NIOCore

extension WebApp {
    /// `GET /credentials`: the export form; `POST /credentials`: creates an application
    /// credential and answers with the file as a download, so the secret is never in a page.
    func addCredentialRoutes(to router: Router<WebRequestContext>) {
        router.get("/credentials") { request, context -> Response in
            let workspace = try Self.workspace(context)
            let listing = await workspace.sessions.listProjects()
            let localizer = self.localizer(for: request, session: context.session)
            let page = CredentialsPage(
                projects: listing.items, failures: FailureRow.rows(listing.failures, localizer: localizer),
                suggestedName: "exosphere-" + Self.credentialStamp(Date()))
            return try self.page(
                "credentials", title: LocalizableMessage("Export credentials"), section: .clouds, page: page, request: request,
                context: context)
        }
        router.post("/credentials") { _, context -> Response in
            let workspace = try Self.workspace(context)
            guard let name = context.form.trimmed("name"), name.count <= 255 else { throw WebUIError.invalidForm(field: "name") }
            guard let format = context.form.trimmed("format").flatMap(CredentialExport.Format.init(rawValue:)) else {
                throw WebUIError.invalidForm(field: "format")
            }
            guard let chosen = context.form["project"] else { throw WebUIError.invalidForm(field: "project") }
            let listing = await workspace.sessions.listProjects()
            guard let project = listing.items.first(where: { CredentialsPage.value(for: $0) == chosen }) else {
                throw WebUIError.invalidForm(field: "project")
            }
            let session = try workspace.sessions.session(for: project)
            let export = try await session.exportApplicationCredential(name: name, in: project)
            let fileName = format.fileName(cloud: project.cloud)
            return Response(
                status: .ok,
                headers: [
                    .contentType: format.contentType, .contentDisposition: "attachment; filename=\"\(fileName)\"",
                    .cacheControl: "no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(string: export.text(format))))
        }
    }

    /// A compact UTC timestamp for a default credential name, such as `20261125-2014`.
    static func credentialStamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        return formatter.string(from: date)
    }
}
