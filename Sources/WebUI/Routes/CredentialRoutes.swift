import ExosphereCore
import Foundation
import Hummingbird
import Localization
import NIOCore

/// `GET /credentials`: the export form; `POST /credentials`: creates an application credential
/// and answers with the file as a download, so the secret is never in a page.
struct CredentialRoutes: Sendable {
    let pages: PageResponder

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/credentials") { request, context -> Response in
            let listing = try await context.workspace().sessions.listProjects()
            let page = CredentialsPresenter.page(listing, now: Date(), localizer: pages.localizer(for: request, session: context.session))
            return try pages.page(
                "credentials", title: LocalizableMessage("Export credentials"), section: .clouds, page: page, request: request,
                context: context)
        }
        routes.post("/credentials") { _, context -> Response in
            let workspace = try context.workspace()
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
        return routes
    }
}
